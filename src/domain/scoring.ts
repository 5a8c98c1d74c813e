import { mean, present } from './math';
import {
  type AnswerOption,
  type Answers,
  NON_SCORING_ANSWERS,
  optionsOf,
  type Question,
  type Questionnaire,
} from './questionnaire';

export type ThemeScore = {
  themeId: string;
  areaId: string;
  /** 0–100, or null when no answer counted ("not enough answers"). */
  score: number | null;
  /** Answers that count in the score. */
  counted: number;
  /** "Don't know" and "not applicable" answers. */
  excluded: number;
  /** Statements in the theme. */
  total: number;
  /** Share of statements with a counted answer, 0–1. */
  coverage: number;
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
  return question.kind === 'agreement' && question.reverse ? 1 - option.score : option.score;
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

function isNonScoring(answer: string): boolean {
  return (NON_SCORING_ANSWERS as readonly string[]).includes(answer);
}

/**
 * A theme's 0–100 score from the sum and number of its counted answer values (each 0–1): their
 * mean, or null when none counted. The individual and the group path both score themes here.
 */
export function themeScoreFrom(sum: number, counted: number): number | null {
  return counted > 0 ? (sum / counted) * 100 : null;
}

/**
 * Whether a theme rests on enough answers to be singled out: at least half of its statements
 * got a counted answer.
 */
export function hasEnoughAnswers(theme: { counted: number; total: number }): boolean {
  return theme.counted * 2 >= theme.total;
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
      const excluded = theme.questions.filter((question) =>
        isNonScoring(answers[question.id] ?? ''),
      ).length;
      const total = theme.questions.length;
      return {
        themeId: theme.id,
        areaId: area.id,
        score: themeScoreFrom(
          values.reduce((sum, value) => sum + value, 0),
          values.length,
        ),
        counted: values.length,
        excluded,
        total,
        coverage: total === 0 ? 0 : values.length / total,
      };
    }),
  );
  return aggregateScores(questionnaire, themes);
}

/**
 * The weakest themes: the lowest scores among themes with enough answers.
 * Ties: more counted answers first (the score rests on more evidence), then questionnaire order.
 */
export function weakestThemes(scores: ScanScores, count = 3): ThemeScore[] {
  return scores.themes
    .map((theme, index) => ({ theme, index }))
    .filter(({ theme }) => theme.score !== null && hasEnoughAnswers(theme))
    .sort(
      (a, b) =>
        (a.theme.score ?? 0) - (b.theme.score ?? 0) ||
        b.theme.counted - a.theme.counted ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ theme }) => theme);
}
