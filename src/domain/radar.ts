import { roundScore } from './math';
import type { ScanScores } from './scoring';

type RadarPoint = {
  themeId: string;
  areaId: string;
  /** Rounded score, or null for "not enough answers". */
  score: number | null;
};

/** One point per theme, in questionnaire order, ready for a radar chart. */
export function toRadarSeries(scores: ScanScores): RadarPoint[] {
  return scores.themes.map((theme) => ({
    themeId: theme.themeId,
    areaId: theme.areaId,
    score: roundScore(theme.score),
  }));
}

type GroupRadarPoint = {
  themeId: string;
  /** Rounded mean, lowest and highest, or null for a theme without answers. */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Each respondent's rounded theme score (null where they gave no counted answer). */
  respondents: (number | null)[];
};

type ThemeStatsLike = {
  themeId: string;
  summary: { mean: number; min: number; max: number } | null;
};

/** One point per theme for the group radar: mean, the min–max band, and optional individual lines. */
export function toGroupRadarSeries(
  stats: readonly ThemeStatsLike[],
  respondentScores: readonly (readonly number[])[] = [],
): GroupRadarPoint[] {
  const round = (value: number | undefined) => (value === undefined ? null : roundScore(value));
  return stats.map((theme, index) => ({
    themeId: theme.themeId,
    mean: round(theme.summary?.mean),
    min: round(theme.summary?.min),
    max: round(theme.summary?.max),
    respondents: respondentScores.map((scores) => round(scores[index])),
  }));
}
