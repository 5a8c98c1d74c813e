import * as z from 'zod/mini';
import {
  type AllowedAnswers,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type LeftOut,
  type PreparsedBackup,
  type PreparseError,
  preparseBackupFile,
} from './backup-format';
import { cardDraftBackupSchema } from './card-draft';
import { type Editions, keepKnownAnswers } from './editions';
import { cardSchema } from './exchange-card';
import { randomSafeId, uniqueSafeIds } from './ids';
import { isoDateSchema } from './iso-date';
import { profileSchema } from './profile';
import { type Answers, answersSchema, NON_SCORING_ANSWERS } from './questionnaire';
import { type Action, actionSchema, type Snapshot, snapshotSchema } from './records';
import { fail, ok, type Result } from './result';
import { retiredAnswersSchema } from './scan-state';
import { readImportedSessions, sessionSchema } from './session';
import { sheetSchema } from './sheet-schema';

/** Everything the app keeps, in one file that says what it is. */
export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().check(z.int()),
  questionnaireVersion: z.string(),
  exportedAt: z.string(),
  scan: z.object({
    profile: profileSchema,
    answers: answersSchema,
    updatedAt: z.nullable(z.string()),
    retired: z.optional(retiredAnswersSchema),
  }),
  snapshots: z.array(snapshotSchema),
  actions: z.array(actionSchema),
  sessions: z.array(sessionSchema),
  // Added with the exchange cards: older backups have neither, and still open.
  card: z.optional(cardDraftBackupSchema),
  matchmaking: z.optional(z.array(cardSchema)),
  // The conversation sheet for the municipality; backups made before it existed have none.
  sheet: z.optional(sheetSchema),
});
export type Backup = z.infer<typeof backupSchema>;

/** Why a backup file is refused; the UI shows `data:import.errors.<reason>`. */
export type BackupError = PreparseError | 'otherQuestionnaire';

export type ParsedBackup = {
  /** The backup read into today's questionnaire: only answers that still count. */
  backup: Backup;
  /** The scan's answers to statements this edition no longer asks: listed before they are let go. */
  dropped: Answers;
  /** Values that are no answer at all (an unknown statement or option): counted, the first few shown. */
  leftOut: LeftOut;
  /** Sessions of an earlier edition that were read into today's (their old form is kept in them). */
  upgradedSessions: number;
  /** The edition of the questionnaire the backup was made with. */
  fromEdition: string;
};

/** Per edition, per statement: every answer it can have; what the file checks sort answers by. */
export function allowedAnswers(editions: Editions): AllowedAnswers {
  return Object.fromEntries(
    Object.entries(editions.layouts).map(([version, layout]) => [
      version,
      Object.fromEntries(
        layout.questions.map((question) => [
          question.id,
          [...question.options, ...NON_SCORING_ANSWERS],
        ]),
      ),
    ]),
  );
}

// The envelope is checked at once; its long lists in steps below. Ids of snapshots and plan steps
// may be anything until they are made safe; dates must be real.
const envelopeSchema = z.object({
  ...backupSchema.def.shape,
  snapshots: z.array(z.unknown()),
  actions: z.array(z.unknown()),
  sessions: z.array(z.unknown()),
});
const importedSnapshotsSchema = z.array(
  z.object({ ...snapshotSchema.def.shape, id: z.string(), createdAt: isoDateSchema }),
);
const importedActionsSchema = z.array(z.object({ ...actionSchema.def.shape, id: z.string() }));
const ITEMS_PER_STEP = 500;

/** Checks a long list with `schema` a slice at a time, yielding after each slice. */
function* inSteps<T>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T[]>,
): Generator<void, T[] | null> {
  const checked: T[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_STEP) {
    const step = schema.safeParse(items.slice(start, start + ITEMS_PER_STEP));
    if (!step.success) return null;
    checked.push(...step.data);
    yield;
  }
  return checked;
}

/**
 * Validates a pre-parsed backup (see backup-format.ts) in steps, so the caller can let the browser
 * breathe between them; each `yield` is one step done. The schema, then the content read into
 * today's questionnaire (answers by id, sessions by their edition); every snapshot, plan step and
 * session gets an id that is safe and unique in the file (ids.ts).
 */
export function* validateBackup(
  preparsed: PreparsedBackup,
  editions: Editions,
  newId: () => string = randomSafeId,
): Generator<void, Result<ParsedBackup, BackupError>> {
  const envelope = envelopeSchema.safeParse(preparsed.json);
  if (!envelope.success) return fail('invalid');
  const file = envelope.data;
  // Answers are stored by id, but the words of what no longer counts come from the editions this
  // app knows; a file of any other edition is refused, as sessions files and links are.
  if (!editions.layouts[file.questionnaireVersion]) return fail('otherQuestionnaire');
  yield;
  const snapshots = yield* inSteps<Snapshot>(file.snapshots, importedSnapshotsSchema);
  const actions = yield* inSteps<Action>(file.actions, importedActionsSchema);
  if (!snapshots || !actions) return fail('invalid');
  const read = yield* readImportedSessions(file.sessions, editions, newId);
  if (!read.ok) return read;
  const { kept, dropped } = keepKnownAnswers(editions.questionnaire, file.scan.answers);
  return ok({
    backup: {
      ...file,
      questionnaireVersion: editions.questionnaire.version,
      scan: { ...file.scan, answers: kept },
      snapshots: uniqueSafeIds(snapshots, newId).items,
      actions: uniqueSafeIds(actions, newId).items,
      sessions: read.value.sessions,
    },
    dropped,
    leftOut: preparsed.leftOut,
    fromEdition: file.questionnaireVersion,
    upgradedSessions: read.value.upgraded,
  });
}

/**
 * Reads a backup file in one go (tests and the fallback where there is no worker): the file checks
 * of backup-format.ts, then validateBackup. Nothing is half-read.
 */
export function parseBackup(
  text: string,
  editions: Editions,
  newId: () => string = randomSafeId,
): Result<ParsedBackup, BackupError> {
  const read = preparseBackupFile(text, allowedAnswers(editions));
  if (!read.ok) return read;
  const steps = validateBackup(read.value, editions, newId);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Builds the backup file from what the app keeps. */
export function makeBackup(input: Omit<Backup, 'format' | 'version'>): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...input };
}
