import { mean, present } from './math';
import { type Answers, isNonScoring, optionsOf } from './questionnaire';
import type { AnswerOption, Question, Questionnaire } from './questionnaire-schema';

export type ThemeScore = {
  themeId: string;
  areaId: string;
  /** 0–100, or null when the theme has too few answers (see hasEnoughAnswers). */
  score: number | null;
  /** Answers that count in the score. */
  counted: number;
  /** "Don't know" and "not applicable" answers. */
  excluded: number;
  /** Statements in the theme. */
  total: number;
  /** Statements that apply: all but those answered (or marked by the profile) "not applicable". */
  applicable: number;
};

/** Scores per theme, per area and overall; `T` is what a theme carries (individual or group). */
export type Aggregated<T extends { themeId: string; score: number | null }> = {
  overall: number | null;
  areas: { areaId: string; score: number | null; themes: T[] }[];
  themes: T[];
};

export type ScanScores = Aggregated<ThemeScore>;

/** The 0–1 value of choosing `option` for `question`: reverse-worded statements count the other way round. */
export function optionValue(question: Question, option: AnswerOption): number {
  return question.kind === 'scale' && question.reverse ? 1 - option.score : option.score;
}

/** The 0–1 value of one answer, or null when it does not count (unanswered, don't know, not applicable, unknown option). */
export function answerValue(
  questionnaire: Questionnaire,
  question: Question,
  answer: string | undefined,
): number | null {
  if (answer === undefined || isNonScoring(answer)) return null;
  const option = optionsOf(questionnaire, question).find((candidate) => candidate.id === answer);
  return option ? optionValue(question, option) : null;
}

/** An answer's 0–1 value as points on the 0–100 scale every score is shown on. */
export function toPoints(value: number): number {
  return value * 100;
}

/**
 * The one rule for thin themes: a theme needs counted answers on at least half of the statements
 * that apply. "Not applicable" takes a statement out of that count; "don't know" counts as
 * missing. A theme with too few answers gets no score, so it is left out of its area's score and
 * gets no advice, on every screen and in every export.
 */
export function hasEnoughAnswers(theme: { counted: number; applicable: number }): boolean {
  return theme.counted > 0 && theme.counted * 2 >= theme.applicable;
}

/**
 * A theme's 0–100 score from the sum and number of its counted answer values (each 0–1) and the
 * number of statements that apply: their mean, or null with too few answers. The individual and
 * the group path both score themes here.
 */
export function themeScoreFrom(sum: number, counted: number, applicable: number): number | null {
  return hasEnoughAnswers({ counted, applicable }) ? toPoints(sum / counted) : null;
}

/** Area score = mean of its scored themes; overall = mean of the scored areas. Shared by every path. */
export function aggregateScores<T extends { themeId: string; score: number | null }>(
  questionnaire: Questionnaire,
  themes: readonly T[],
): Aggregated<T> {
  const byId = new Map(themes.map((theme) => [theme.themeId, theme]));
  const areas = questionnaire.areas.map((area) => {
    const areaThemes = present(area.themes.map((theme) => byId.get(theme.id) ?? null));
    return {
      areaId: area.id,
      score: mean(present(areaThemes.map((theme) => theme.score))),
      themes: areaThemes,
    };
  });
  return {
    overall: mean(present(areas.map((area) => area.score))),
    areas,
    themes: areas.flatMap((area) => area.themes),
  };
}

/** Scores every theme (0–100 or null), every area and the whole scan. */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): ScanScores {
  const themes = questionnaire.areas.flatMap((area) =>
    area.themes.map((theme): ThemeScore => {
      const values = present(
        theme.questions.map((question) =>
          answerValue(questionnaire, question, answers[question.id]),
        ),
      );
      const given = theme.questions.map((question) => answers[question.id] ?? '');
      const excluded = given.filter(isNonScoring).length;
      const total = theme.questions.length;
      const applicable = total - given.filter((answer) => answer === 'not-applicable').length;
      return {
        themeId: theme.id,
        areaId: area.id,
        score: themeScoreFrom(
          values.reduce((sum, value) => sum + value, 0),
          values.length,
          applicable,
        ),
        counted: values.length,
        excluded,
        total,
        applicable,
      };
    }),
  );
  return aggregateScores(questionnaire, themes);
}

/**
 * The weakest themes: the lowest scores (themes with too few answers have none).
 * Ties: more counted answers first (the score rests on more evidence), then questionnaire order.
 */
export function weakestThemes(scores: ScanScores, count = 3): ThemeScore[] {
  return scores.themes
    .map((theme, index) => ({ theme, index }))
    .filter(({ theme }) => theme.score !== null)
    .sort(
      (a, b) =>
        (a.theme.score ?? 0) - (b.theme.score ?? 0) ||
        b.theme.counted - a.theme.counted ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ theme }) => theme);
}

/**
 * The strongest themes: the highest scores, leaving out the weakest (so the two never share a
 * theme when few themes have a score); ties as for the weakest.
 */
export function strongestThemes(scores: ScanScores, count = 3): ThemeScore[] {
  const weakest = new Set(weakestThemes(scores, count).map((theme) => theme.themeId));
  return scores.themes
    .map((theme, index) => ({ theme, index }))
    .filter(({ theme }) => theme.score !== null && !weakest.has(theme.themeId))
    .sort(
      (a, b) =>
        (b.theme.score ?? 0) - (a.theme.score ?? 0) ||
        b.theme.counted - a.theme.counted ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ theme }) => theme);
}
