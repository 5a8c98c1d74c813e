import { type JsonFileError, readJsonFile } from './json-file';
import { fail, ok, type Result } from './result';
import { type Migrations, migrate } from './versioned';

// Kept apart from backup.ts (which holds the zod schemas) so the import worker stays small: this
// file and what it imports use no zod and no content.
export const BACKUP_FORMAT = 'collective-scan-backup';
export const BACKUP_VERSION = 1;
/** Files over this size are refused before they are read. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;
/** Past versions of the backup file, each turned into the next (none yet: version 1 is the first). */
export const backupMigrations: Migrations = {};
const MAX_DEPTH = 10;
/**
 * No object in a file of this app has more keys than this (answers and tallies have one per
 * statement); a wider one is refused before the schema would spend seconds on it. Long lists
 * (respondents, snapshots) are arrays and are checked in steps.
 */
export const MAX_OBJECT_KEYS = 1000;

/** Per edition, per statement: every answer it can have (its options and the non-scoring ones). */
export type AllowedAnswers = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** How many of a list are shown, and how long a shown value may be, wherever a file is summed up. */
export const LEFT_OUT_SHOWN = 5;
const SHOWN_CHARACTERS = 60;

/**
 * Values in a file that are no answer to a statement of their edition (an unknown statement, an
 * option it never had, not text at all): how many, and the first few, shortened, to show the
 * user. They are left out.
 */
export type LeftOut = { count: number; first: { questionId: string; answer: string }[] };

export type PreparsedBackup = {
  /** The file, migrated to today's backup version, with only possible answers left in it. */
  json: Record<string, unknown> & { version: number };
  leftOut: LeftOut;
};

export type PreparseError = JsonFileError | 'invalid';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const shorten = (text: string) =>
  text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS - 1)}…` : text;

function describeValue(value: unknown): string {
  if (typeof value === 'string') return shorten(value);
  if (Array.isArray(value)) return '[…]';
  if (isObject(value)) return '{…}';
  return String(value);
}

/** The widest object anywhere in a parsed JSON value, up to `limit` (then it stops looking). */
export function widestObject(value: unknown, limit: number): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Object.values(value);
  let widest = Array.isArray(value) ? 0 : children.length;
  for (const child of children) {
    if (widest > limit) break;
    widest = Math.max(widest, widestObject(child, limit));
  }
  return widest;
}

/** Keeps the answers that are possible in `edition`, noting every other value in `leftOut`. */
function possibleAnswers(
  value: unknown,
  allowed: AllowedAnswers,
  edition: unknown,
  leftOut: LeftOut,
) {
  const statements =
    typeof edition === 'string' && Object.hasOwn(allowed, edition) ? allowed[edition] : undefined;
  // Not an object, or an edition this app does not know: the schema and the edition check refuse it.
  if (!isObject(value) || !statements) return value;
  const kept: Record<string, string> = {};
  for (const [questionId, answer] of Object.entries(value)) {
    const options = Object.hasOwn(statements, questionId) ? statements[questionId] : undefined;
    if (typeof answer === 'string' && options?.includes(answer)) kept[questionId] = answer;
    else {
      leftOut.count += 1;
      if (leftOut.first.length < LEFT_OUT_SHOWN) {
        leftOut.first.push({ questionId: shorten(questionId), answer: describeValue(answer) });
      }
    }
  }
  return kept;
}

/**
 * The checks of a backup file that need no schema, cheap enough for a Web Worker: size, binary,
 * JSON, depth, format, version, migration; then the scan's answers (and answers kept from an
 * earlier edition) are sorted into possible ones and values that are left out, counted and the
 * first few kept to show; no object may be wider than MAX_OBJECT_KEYS.
 */
export function preparseBackupFile(
  text: string,
  allowed: AllowedAnswers,
): Result<PreparsedBackup, PreparseError> {
  const read = readJsonFile(text, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    maxBytes: MAX_BACKUP_BYTES,
    maxDepth: MAX_DEPTH,
  });
  if (!read.ok) return read;
  const migrated = migrate(read.value, read.value.version, BACKUP_VERSION, backupMigrations);
  if (!migrated.ok || !isObject(migrated.value)) return fail('invalid');
  const json: PreparsedBackup['json'] = { ...migrated.value, version: BACKUP_VERSION };
  const leftOut: LeftOut = { count: 0, first: [] };
  if (isObject(json.scan)) {
    const scan = { ...json.scan };
    scan.answers = possibleAnswers(scan.answers, allowed, json.questionnaireVersion, leftOut);
    if (isObject(scan.retired)) {
      const retired = scan.retired;
      scan.retired = {
        ...retired,
        answers: possibleAnswers(retired.answers, allowed, retired.questionnaireVersion, leftOut),
      };
    }
    json.scan = scan;
  }
  if (widestObject(json, MAX_OBJECT_KEYS) > MAX_OBJECT_KEYS) return fail('invalid');
  return ok({ json, leftOut });
}
