import { type Answers, allQuestions } from './questionnaire';
import type { Questionnaire, Theme } from './questionnaire-schema';

type Progress = { answered: number; total: number };

/** Whether a statement has an answer: any answer, "don't know" and "not applicable" too. */
export function isAnswered(answers: Answers, questionId: string): boolean {
  return answers[questionId] !== undefined;
}

/** How many statements have any answer (also "don't know" / "not applicable"). */
function progressOf(questions: readonly { id: string }[], answers: Answers): Progress {
  return {
    answered: questions.filter((question) => isAnswered(answers, question.id)).length,
    total: questions.length,
  };
}

/** Progress over the whole questionnaire. */
export function scanProgress(questionnaire: Questionnaire, answers: Answers): Progress {
  return progressOf(allQuestions(questionnaire), answers);
}

/** Progress within one theme. */
export function themeProgress(theme: Theme, answers: Answers): Progress {
  return progressOf(theme.questions, answers);
}
