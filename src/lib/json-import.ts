import {
  allowedAnswers,
  type BackupError,
  type ParsedBackup,
  validateBackup,
} from '@/domain/backup';
import type { Editions } from '@/domain/editions';
import type { Result } from '@/domain/result';
import { type ImportError, type Session, validateSessionsFile } from '@/domain/session';
import { type JsonFileJob, type JsonFileJobResult, runJsonFileJob } from './json-file-jobs';
import { nextTask } from './tasks';

/** Runs a file's checks in a Web Worker where there is one (on this thread where there is not). */
function offThread<J extends JsonFileJob>(job: J): Promise<JsonFileJobResult<J>> {
  const here = () => runJsonFileJob(job) as JsonFileJobResult<J>;
  if (typeof Worker === 'undefined') return Promise.resolve(here());
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./json-file.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (result: JsonFileJobResult<J>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<JsonFileJobResult<J>>) => finish(event.data);
    // If the worker cannot start, read here rather than fail the import.
    worker.onerror = () => finish(here());
    worker.postMessage(job);
  });
}

/** Runs a stepwise check to its end, giving the browser a turn between the steps. */
async function inSteps<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTask();
  }
}

/**
 * Reads a sessions file without freezing the page: JSON and the file checks in a Web Worker, then
 * the schema check in steps with a pause for the browser between them.
 */
export async function parseSessionsFileOffThread(
  text: string,
  editions: Editions,
): Promise<Result<Session[], ImportError>> {
  const read = await offThread({ kind: 'sessions', text });
  if (!read.ok) return read;
  return inSteps(validateSessionsFile(read.value, editions));
}

/**
 * Reads a backup file without freezing the page: JSON, the file checks and the sorting out of
 * values that are no answers in a Web Worker, then the schema check in steps.
 */
export async function parseBackupOffThread(
  text: string,
  editions: Editions,
): Promise<Result<ParsedBackup, BackupError>> {
  const read = await offThread({ kind: 'backup', text, allowed: allowedAnswers(editions) });
  if (!read.ok) return read;
  return inSteps(validateBackup(read.value, editions));
}
