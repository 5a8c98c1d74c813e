import { isAnswered } from './progress';
import { type Answers, allThemes } from './questionnaire';
import type { Questionnaire } from './questionnaire-schema';

/*
 * Which statement the wizard shows the user: where "continue" and a reload land, and which one
 * comes next after an answer. Apart from progress.ts, so the start page's first load does not
 * carry it (only the wizard uses it).
 */

/** Whether a statement still waits for an answer. */
const isOpen = (answers: Answers) => (question: { id: string }) =>
  !isAnswered(answers, question.id);

/**
 * The first statement without an answer, in the given order; null when every one has one. Pass
 * the answers that count (with the profile's exclusions), so a statement the profile rules out is
 * never where the user is sent.
 */
export function firstUnanswered(
  questions: readonly { id: string }[],
  answers: Answers,
): string | null {
  return questions.find(isOpen(answers))?.id ?? null;
}

/**
 * Where to go once statement `answeredId` has its answer: the first open statement after it,
 * else the first open one before it (one skipped earlier); null when all are answered.
 */
export function nextUnanswered(
  questions: readonly { id: string }[],
  answers: Answers,
  answeredId: string,
): string | null {
  const index = questions.findIndex((question) => question.id === answeredId);
  return (
    firstUnanswered(questions.slice(index + 1), answers) ??
    firstUnanswered(questions.slice(0, Math.max(index, 0)), answers)
  );
}

/**
 * Where "continue" picks the scan up: the first unanswered statement of the whole questionnaire,
 * its theme and its place in that theme (0-based); null when every statement has an answer.
 */
export function resumePoint(
  questionnaire: Questionnaire,
  answers: Answers,
): { themeId: string; questionId: string; index: number } | null {
  for (const theme of allThemes(questionnaire)) {
    const index = theme.questions.findIndex(isOpen(answers));
    const question = theme.questions[index];
    if (question) return { themeId: theme.id, questionId: question.id, index };
  }
  return null;
}
