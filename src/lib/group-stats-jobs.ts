import { type GroupFigures, groupFigures } from '@/domain/group';
import type { Questionnaire } from '@/domain/questionnaire-schema';
import { nextTask } from './tasks';

/**
 * From this many respondents a group's figures are worked out off the main thread. Below it they
 * take a few milliseconds and are shown at once (40 respondents: well under a millisecond).
 */
export const LARGE_GROUP = 500;

/** What the worker gets: the questionnaire, and every respondent's compact answers, one a line. */
export type GroupStatsJob = { questionnaire: Questionnaire; answers: string };

export type GroupStatsRun = { figures: Promise<GroupFigures>; cancel: () => void };

/**
 * A group's figures (groupFigures) worked out in a Web Worker, so 10,000 respondents never block
 * the page; where there is no worker, on this thread after the page has had its turn.
 */
export function groupFiguresOffThread(
  questionnaire: Questionnaire,
  encoded: readonly string[],
): GroupStatsRun {
  const here = async () => {
    await nextTask();
    return groupFigures(questionnaire, encoded);
  };
  if (typeof Worker === 'undefined') return { figures: here(), cancel: () => {} };
  const worker = new Worker(new URL('./group-stats.worker.ts', import.meta.url), {
    type: 'module',
  });
  const figures = new Promise<GroupFigures>((resolve) => {
    worker.onmessage = (event: MessageEvent<GroupFigures>) => {
      worker.terminate();
      resolve(event.data);
    };
    // If the worker cannot start, work it out here rather than show nothing.
    worker.onerror = () => {
      worker.terminate();
      resolve(here());
    };
  });
  // Compact answers never hold a line break, so one string carries them all (cheap to send).
  worker.postMessage({ questionnaire, answers: encoded.join('\n') } satisfies GroupStatsJob);
  return { figures, cancel: () => worker.terminate() };
}
