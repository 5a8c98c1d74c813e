import type { Result } from '@/domain/result';
import { type ImportFailure, parseSessionsFile, type Session } from '@/domain/session';

/** Parses a sessions file in a Web Worker where there is one (the browser), else on this thread (tests). */
export function parseSessionsFileOffThread(
  text: string,
  questionnaireVersion: string,
): Promise<Result<Session[], ImportFailure>> {
  if (typeof Worker === 'undefined')
    return Promise.resolve(parseSessionsFile(text, questionnaireVersion));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./sessions-import.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (result: Result<Session[], ImportFailure>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<Result<Session[], ImportFailure>>) =>
      finish(event.data);
    // If the worker cannot start, parse here rather than fail the import.
    worker.onerror = () => finish(parseSessionsFile(text, questionnaireVersion));
    worker.postMessage({ text, questionnaireVersion });
  });
}
