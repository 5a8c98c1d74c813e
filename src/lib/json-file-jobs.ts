import { type AllowedAnswers, preparseBackupFile } from '@/domain/backup-format';
import { preparseSessionsFile } from '@/domain/session-format';

/**
 * The files the app opens, read by the checks that need no schema (no zod, no content: the
 * worker stays small). The worker and the fallback on the main thread run the same code.
 */
export type JsonFileJob =
  | { kind: 'sessions'; text: string }
  | { kind: 'backup'; text: string; allowed: AllowedAnswers };

export type JsonFileJobResult<J extends JsonFileJob> = J extends { kind: 'backup' }
  ? ReturnType<typeof preparseBackupFile>
  : ReturnType<typeof preparseSessionsFile>;

/** Runs one job: JSON.parse and the file checks of its kind. */
export function runJsonFileJob(job: JsonFileJob) {
  return job.kind === 'backup'
    ? preparseBackupFile(job.text, job.allowed)
    : preparseSessionsFile(job.text);
}
