import { MAX_OBJECT_KEYS, type PreparseError, widestObject } from './backup-format';
import { readJsonFile } from './json-file';
import { fail, ok, type Result } from './result';
import type { Migrations } from './versioned';

// Kept apart from session.ts (which holds the zod schemas) so the import worker stays small.
export const SESSIONS_FILE_FORMAT = 'collective-scan-sessions';
export const SESSIONS_FILE_VERSION = 1;
/** Files larger than this are refused before they are read (10,000 respondents take about 1.2 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Older sessions files, each turned into the next version (none yet: version 1 is the first). */
export const sessionsFileMigrations: Migrations = {};
/** Deeper than this is not a file we wrote: refuse it before walking it. */
const MAX_DEPTH = 8;

/**
 * The file checks that need no schema: size, binary, JSON, depth, format, version, and no object
 * wider than a file of this app has (respondents are an array, checked in steps).
 */
export function preparseSessionsFile(
  text: string,
): Result<Record<string, unknown> & { version: number }, PreparseError> {
  const read = readJsonFile(text, {
    format: SESSIONS_FILE_FORMAT,
    version: SESSIONS_FILE_VERSION,
    maxBytes: MAX_IMPORT_BYTES,
    maxDepth: MAX_DEPTH,
  });
  if (!read.ok) return read;
  if (widestObject(read.value, MAX_OBJECT_KEYS) > MAX_OBJECT_KEYS) return fail('invalid');
  return ok(read.value);
}
