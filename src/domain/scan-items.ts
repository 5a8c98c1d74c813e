import * as z from 'zod/mini';
import { profileSchema } from './profile';
import { idSchema, questionIdSchema } from './questionnaire';
import { fail, ok, type Result } from './result';
import { retiredAnswersSchema, type ScanState, scanStateSpec } from './scan-state';
import type { StoredStateSpec } from './stored-state';
import {
  docOf,
  type LiveItem,
  makeStamp,
  type SyncedDoc,
  stampTime,
  syncedDocSchema,
} from './synced-doc';

/**
 * The scan as stored items: one per answer (`a:<question id>`), the profile, the edition, the
 * device's respondent id and the retired answers of an earlier edition. Every id can come back
 * (an answer taken away and given again), so nothing here is deleted for good; "start over" is a
 * new generation instead. `updatedAt` is not an item: it is the time of the latest change.
 */
type ScanContent = Omit<ScanState, 'updatedAt'>;

const ANSWER = 'a:';

export function scanItems(scan: ScanContent): Map<string, unknown> {
  const items = new Map<string, unknown>([
    ['edition', scan.questionnaireVersion],
    ['profile', scan.profile],
  ]);
  for (const [questionId, answer] of Object.entries(scan.answers)) {
    items.set(`${ANSWER}${questionId}`, answer);
  }
  if (scan.respondentId !== undefined) items.set('respondentId', scan.respondentId);
  if (scan.retired !== undefined) items.set('retired', scan.retired);
  return items;
}

const respondentIdSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** The scan held by stored items; `edition` is today's questionnaire version, for an empty doc. */
export function scanFromItems(
  items: readonly LiveItem[],
  edition: string,
): Result<ScanState, 'corrupt'> {
  const scan: ScanState = {
    questionnaireVersion: edition,
    profile: {},
    answers: {},
    updatedAt: null,
  };
  let latest = 0;
  for (const { id, t, v } of items) {
    latest = Math.max(latest, stampTime(t));
    if (id.startsWith(ANSWER)) {
      const questionId = questionIdSchema.safeParse(id.slice(ANSWER.length));
      const answer = idSchema.safeParse(v);
      if (!questionId.success || !answer.success) return fail('corrupt');
      scan.answers[questionId.data] = answer.data;
      continue;
    }
    const parsed = (() => {
      switch (id) {
        case 'edition':
          return z.string().safeParse(v);
        case 'profile':
          return profileSchema.safeParse(v);
        case 'respondentId':
          return respondentIdSchema.safeParse(v);
        case 'retired':
          return retiredAnswersSchema.safeParse(v);
        default:
          return null;
      }
    })();
    // An item this version does not know is left alone (a newer version wrote it).
    if (parsed === null) continue;
    if (!parsed.success) return fail('corrupt');
    if (id === 'edition') scan.questionnaireVersion = parsed.data as string;
    if (id === 'profile') scan.profile = parsed.data as ScanContent['profile'];
    if (id === 'respondentId') scan.respondentId = parsed.data as string;
    if (id === 'retired') scan.retired = parsed.data as ScanContent['retired'];
  }
  if (latest > 0) scan.updatedAt = new Date(latest).toISOString();
  return ok(scan);
}

/** Stamps for data of an older format: its own change time (or 0), in the order it was kept. */
export function legacyStamps(changedAt: string | null | undefined): (index: number) => string {
  const ms = changedAt ? Date.parse(changedAt) : Number.NaN;
  return (index) => makeStamp(Number.isNaN(ms) ? 0 : ms, index, 'legacy');
}

export const SCAN_DOC_VERSION = 3;

/**
 * Version 3 stores items (synced-doc.ts); versions 1 and 2 stored the scan as one object, read
 * here into items stamped with its own change time.
 */
export const scanDocSpec: StoredStateSpec<SyncedDoc> = {
  version: SCAN_DOC_VERSION,
  schema: syncedDocSchema,
  migrations: {
    ...scanStateSpec.migrations,
    2: (state) => {
      const legacy = scanStateSpec.schema.parse(state);
      return docOf(scanItems(legacy), legacyStamps(legacy.updatedAt));
    },
  },
};
