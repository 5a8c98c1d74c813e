import { groupFigures } from '@/domain/group';
import type { GroupStatsJob } from './group-stats-jobs';

// A large group's statistics (10,000 respondents: about 200 ms on a slow phone) are worked out
// here, off the main thread, with the same domain function as a small group's.
self.onmessage = (event: MessageEvent<GroupStatsJob>) => {
  const { questionnaire, answers } = event.data;
  const figures = groupFigures(questionnaire, answers === '' ? [] : answers.split('\n'));
  self.postMessage(figures, { transfer: [figures.scores.buffer] });
};
