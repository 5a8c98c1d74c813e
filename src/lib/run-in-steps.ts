import { nextTask } from './tasks';

/**
 * Work done between two pauses. Well under the 50 ms the browser calls a long task, also on a
 * phone four times slower than a laptop: taps and paints get their turn.
 */
const SLICE_MS = 10;

/**
 * Runs stepwise work (a generator whose every `yield` is a point where it may pause) to its end,
 * giving the browser a turn whenever a slice of work has taken SLICE_MS.
 */
export async function runInSteps<T>(steps: Generator<void, T>, sliceMs = SLICE_MS): Promise<T> {
  let since = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - since >= sliceMs) {
      await nextTask();
      since = performance.now();
    }
  }
}
