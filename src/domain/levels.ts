import * as z from 'zod/mini';
import { roundScore } from './math';

export const levelSchema = z.enum(['low', 'middle', 'high']);
export type Level = z.infer<typeof levelSchema>;

/**
 * The score levels that choose advice (and, on screen, the words next to a score). These
 * thresholds are this app's own choice, not the research's; the method page says so.
 */
const MIDDLE_FROM = 40;
const HIGH_FROM = 70;

/**
 * The level of a 0–100 score: below 40 low, 40 to 69 middle, 70 and up high. Judged on the
 * rounded score, so a score shown as 70 is never called middle.
 */
export function levelOf(score: number): Level {
  const shown = roundScore(score);
  if (shown < MIDDLE_FROM) return 'low';
  if (shown < HIGH_FROM) return 'middle';
  return 'high';
}
