import { mean, present } from './math';
import {
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

export type AreaScore = { areaId: string; score: number | null; themes: ThemeScore[] };

export type ScanScores = { overall: number | null; areas: AreaScore[]; themes: ThemeScore[] };

/** The 0–1 value of one answer, or null when it does not count (unanswered, don't know, not applicable, unknown option). */
export function answerValue(
  questionnaire: Questionnaire,
  question: Question,
  answer: string | undefined,
): number | null {
  if (answer === undefined || (NON_SCORING_ANSWERS as readonly string[]).includes(answer)) {
    return null;
  }
  const option = optionsOf(questionnaire, question).find((candidate) => candidate.id === answer);
  if (!option) return null;
  return question.kind === 'agreement' && question.reverse ? 1 - option.score : option.score;
}

/** Scores every theme (0–100 or null), every area (mean of its theme scores) and the whole scan (mean of area scores). */
export function scoreAssessment(questionnaire: Questionnaire, answers: Answers): ScanScores {
  const areas = questionnaire.areas.map((area): AreaScore => {
    const themes = area.themes.map((theme): ThemeScore => {
      const values = present(
        theme.questions.map((question) =>
          answerValue(questionnaire, question, answers[question.id]),
        ),
      );
      const excluded = theme.questions.filter((question) =>
        (NON_SCORING_ANSWERS as readonly string[]).includes(answers[question.id] ?? ''),
      ).length;
      const average = mean(values);
      return {
        themeId: theme.id,
        areaId: area.id,
        score: average === null ? null : average * 100,
        counted: values.length,
        excluded,
        total: theme.questions.length,
        coverage: theme.questions.length === 0 ? 0 : values.length / theme.questions.length,
      };
    });
    return { areaId: area.id, score: mean(present(themes.map((t) => t.score))), themes };
  });
  return {
    overall: mean(present(areas.map((area) => area.score))),
    areas,
    themes: areas.flatMap((area) => area.themes),
  };
}

/**
 * The weakest themes: the lowest scores among themes with at least half of their statements counted.
 * Ties: more counted answers first (the score rests on more evidence), then questionnaire order.
 */
export function weakestThemes(scores: ScanScores, count = 3): ThemeScore[] {
  return scores.themes
    .map((theme, index) => ({ theme, index }))
    .filter(({ theme }) => theme.score !== null && theme.counted * 2 >= theme.total)
    .sort(
      (a, b) =>
        (a.theme.score ?? 0) - (b.theme.score ?? 0) ||
        b.theme.counted - a.theme.counted ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ theme }) => theme);
}

/** Whole-number score for display; null stays null. */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score);
}
