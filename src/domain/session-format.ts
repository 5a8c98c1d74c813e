import { readJsonFile } from './json-file';
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

/** The file checks that need no schema: size, binary, JSON, depth, format, version. */
export function preparseSessionsFile(text: string) {
  return readJsonFile(text, {
    format: SESSIONS_FILE_FORMAT,
    version: SESSIONS_FILE_VERSION,
    maxBytes: MAX_IMPORT_BYTES,
    maxDepth: MAX_DEPTH,
  });
}
