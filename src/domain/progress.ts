import { type Answers, allQuestions } from './questionnaire';
import type { Questionnaire, Theme } from './questionnaire-schema';

type Progress = { answered: number; total: number };

/** How many statements have any answer (also "don't know" / "not applicable"). */
function progressOf(questions: readonly { id: string }[], answers: Answers): Progress {
  return {
    answered: questions.filter((question) => answers[question.id] !== undefined).length,
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
