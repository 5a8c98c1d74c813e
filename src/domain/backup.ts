import * as z from 'zod/mini';
import { type Editions, keepKnownAnswers } from './editions';
import { type JsonFileError, readJsonFile } from './json-file';
import { profileSchema } from './profile';
import { type Answers, answersSchema } from './questionnaire';
import { actionSchema, snapshotSchema } from './records';
import { fail, ok, type Result } from './result';
import { retiredAnswersSchema } from './scan-state';
import { type Session, sessionSchema, upgradeSession } from './session';
import { type Migrations, migrate } from './versioned';

const BACKUP_FORMAT = 'collective-scan-backup';
const BACKUP_VERSION = 1;
/** Files over this size are refused before they are read. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
const MAX_DEPTH = 10;

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
});
export type Backup = z.infer<typeof backupSchema>;

/** Past versions of the backup file, each turned into the next (none yet: version 1 is the first). */
const migrations: Migrations = {};

type BackupError = JsonFileError | 'invalid' | 'otherQuestionnaire';

export type ParsedBackup = {
  /** The backup read into today's questionnaire: only answers that still count. */
  backup: Backup;
  /** The scan's answers to statements this edition no longer asks: listed before they are let go. */
  dropped: Answers;
  /** Sessions of an earlier edition that were read into today's (their old form is kept in them). */
  upgradedSessions: number;
  /** The edition of the questionnaire the backup was made with. */
  fromEdition: string;
};

/**
 * Reads a backup file: the common file checks, migration to this format version, the schema,
 * then the content read into today's questionnaire (answers by id, sessions by their edition).
 */
export function parseBackup(text: string, editions: Editions): Result<ParsedBackup, BackupError> {
  const read = readJsonFile(text, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    maxBytes: MAX_BACKUP_BYTES,
    maxDepth: MAX_DEPTH,
  });
  if (!read.ok) return read;
  const migrated = migrate(read.value, read.value.version, BACKUP_VERSION, migrations);
  if (!migrated.ok) return migrated;
  const parsed = backupSchema.safeParse(migrated.value);
  if (!parsed.success) return fail('invalid');
  const backup = parsed.data;
  // Answers are stored by id, but the words of what no longer counts come from the editions this
  // app knows; a file of any other edition is refused, as sessions files and links are.
  if (!editions.layouts[backup.questionnaireVersion]) return fail('otherQuestionnaire');
  const { kept, dropped } = keepKnownAnswers(editions.questionnaire, backup.scan.answers);
  const sessions: Session[] = [];
  for (const session of backup.sessions) {
    const upgraded = upgradeSession(editions, session);
    if (!upgraded.ok) return fail('invalid');
    sessions.push(upgraded.value);
  }
  return ok({
    backup: {
      ...backup,
      questionnaireVersion: editions.questionnaire.version,
      scan: { ...backup.scan, answers: kept },
      sessions,
    },
    dropped,
    fromEdition: backup.questionnaireVersion,
    upgradedSessions: sessions.filter((session, index) => session !== backup.sessions[index])
      .length,
  });
}

/** Builds the backup file from what the app keeps. */
export function makeBackup(input: Omit<Backup, 'format' | 'version'>): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...input };
}
