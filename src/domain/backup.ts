import * as z from 'zod/mini';
import { type JsonFileError, readJsonFile } from './json-file';
import { profileSchema } from './profile';
import { allQuestions, answersSchema, type Questionnaire } from './questionnaire';
import { actionSchema, snapshotSchema } from './records';
import { fail, ok, type Result } from './result';
import { sessionSchema } from './session';
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
  }),
  snapshots: z.array(snapshotSchema),
  actions: z.array(actionSchema),
  sessions: z.array(sessionSchema),
});
export type Backup = z.infer<typeof backupSchema>;

/** Past versions of the backup file, each turned into the next (none yet: version 1 is the first). */
const migrations: Migrations = {};

type BackupError = JsonFileError | 'invalid';

export type ParsedBackup = {
  backup: Backup;
  /** Answers to questions this questionnaire does not have: listed, and dropped after the user agrees. */
  unknownQuestionIds: string[];
};

/** Reads a backup file: the common file checks, migration to this version, schema, question ids. */
export function parseBackup(
  text: string,
  questionnaire: Questionnaire,
): Result<ParsedBackup, BackupError> {
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
  const known = new Set(allQuestions(questionnaire).map((question) => question.id));
  const unknownQuestionIds = Object.keys(parsed.data.scan.answers).filter((id) => !known.has(id));
  return ok({ backup: parsed.data, unknownQuestionIds });
}

/** Builds the backup file from what the app keeps. */
export function makeBackup(input: Omit<Backup, 'format' | 'version'>): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...input };
}
