import type { Editions } from '@/domain/editions';
import type { Result } from '@/domain/result';
import { type ImportError, type Session, validateSessionsFile } from '@/domain/session';
import { preparseSessionsFile } from '@/domain/session-format';
import { nextTask } from './tasks';

type Preparsed = ReturnType<typeof preparseSessionsFile>;

function preparseOffThread(text: string): Promise<Preparsed> {
  if (typeof Worker === 'undefined') return Promise.resolve(preparseSessionsFile(text));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./sessions-import.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = (result: Preparsed) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<Preparsed>) => finish(event.data);
    // If the worker cannot start, parse here rather than fail the import.
    worker.onerror = () => finish(preparseSessionsFile(text));
    worker.postMessage(text);
  });
}

/**
 * Reads a sessions file without freezing the page: JSON in a Web Worker (where there is one),
 * then the schema check in steps with a pause for the browser between them.
 */
export async function parseSessionsFileOffThread(
  text: string,
  editions: Editions,
): Promise<Result<Session[], ImportError>> {
  const read = await preparseOffThread(text);
  if (!read.ok) return read;
  const steps = validateSessionsFile(read.value, editions);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTask();
  }
}
