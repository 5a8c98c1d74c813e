import { roundScore, type ScanScores } from './scoring';

export type RadarPoint = {
  themeId: string;
  areaId: string;
  /** Rounded score, or null for "not enough answers". */
  score: number | null;
  /** What the chart draws: the score, or 0 where there is none (the label says why). */
  value: number;
};

/** One point per theme, in questionnaire order, ready for a radar chart. */
export function toRadarSeries(scores: ScanScores): RadarPoint[] {
  return scores.themes.map((theme) => {
    const score = roundScore(theme.score);
    return { themeId: theme.themeId, areaId: theme.areaId, score, value: score ?? 0 };
  });
}
