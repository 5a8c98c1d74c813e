import * as z from 'zod/mini';
import { fail, ok, type Result } from './result';
import type { StoredStateSpec } from './stored-state';
import type { LiveItem, SyncedDoc } from './synced-doc';
import { syncedDocSchema } from './synced-doc';

/**
 * Safari (and other browsers under storage pressure) may erase a site's storage after seven days
 * without a visit. Answers left unchanged and unsaved for this many days are at risk on the next
 * absence: the user is reminded to save a file before that.
 */
export const BACKUP_REMINDER_DAYS = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

const isoTime = z.nullable(z.iso.datetime());

export const backupReminderSchema = z.object({
  /** When everything was last saved to a backup file on this device (ISO), or null. */
  savedAt: isoTime,
  /** When the user last closed the reminder (ISO), or null. */
  dismissedAt: isoTime,
});
export type BackupReminderState = z.infer<typeof backupReminderSchema>;

const time = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));

/**
 * Whether to remind the user to save a backup file: there are answers, they changed after the
 * last saved file (or none was saved), the last change is at least BACKUP_REMINDER_DAYS old, and
 * the user has not closed the reminder since the last saved file (closing it is remembered until
 * the next file is saved, so it is shown once per unsaved stretch, never again after "not now").
 */
export function backupReminderDue(input: {
  answerCount: number;
  answersUpdatedAt: string | null;
  state: BackupReminderState;
  now: Date;
}): boolean {
  const { answerCount, answersUpdatedAt, state, now } = input;
  const changed = time(answersUpdatedAt);
  if (answerCount === 0 || Number.isNaN(changed)) return false;
  const saved = time(state.savedAt);
  if (!Number.isNaN(saved) && saved >= changed) return false;
  const dismissed = time(state.dismissedAt);
  if (!Number.isNaN(dismissed) && (Number.isNaN(saved) || dismissed > saved)) return false;
  return now.getTime() - changed >= BACKUP_REMINDER_DAYS * DAY_MS;
}

/** The reminder's memory as stored items (one per field), so two tabs merge field by field. */
export function backupReminderItems(state: BackupReminderState): Map<string, unknown> {
  const items = new Map<string, unknown>();
  if (state.savedAt !== null) items.set('savedAt', state.savedAt);
  if (state.dismissedAt !== null) items.set('dismissedAt', state.dismissedAt);
  return items;
}

export function backupReminderFromItems(
  items: readonly LiveItem[],
): Result<BackupReminderState, 'corrupt'> {
  const raw: Record<string, unknown> = { savedAt: null, dismissedAt: null };
  for (const { id, v } of items) if (id === 'savedAt' || id === 'dismissedAt') raw[id] = v;
  const parsed = backupReminderSchema.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail('corrupt');
}

export const backupReminderDocSpec: StoredStateSpec<SyncedDoc> = {
  version: 1,
  schema: syncedDocSchema,
  migrations: {},
};
