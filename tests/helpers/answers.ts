import { questionnaire } from '@/content/questionnaire';
import { allQuestions, optionsOf } from '@/domain/questionnaire';

/**
 * Answers every question of the questionnaire: `pick(themeId, index)` returns the option index
 * (0 = weakest option before reversing) or an answer id.
 */
export function makeAnswers(pick: (themeId: string, questionIndex: number) => number | string) {
  const answers: Record<string, string> = {};
  for (const area of questionnaire.areas) {
    for (const theme of area.themes) {
      theme.questions.forEach((question, index) => {
        const choice = pick(theme.id, index);
        const options = optionsOf(questionnaire, question);
        answers[question.id] =
          typeof choice === 'string'
            ? choice
            : (options[Math.min(choice, options.length - 1)]?.id ?? '');
      });
    }
  }
  return answers;
}

/** The option id that gives this question its highest (or lowest) value, reverse scoring included. */
export function extremeAnswer(questionId: string, want: 'high' | 'low'): string {
  const question = allQuestions(questionnaire).find((q) => q.id === questionId);
  if (!question) throw new Error(`No question ${questionId}`);
  const options = [...optionsOf(questionnaire, question)].sort((a, b) => a.score - b.score);
  const reversed = question.kind === 'agreement' && question.reverse;
  const highFirst = (want === 'high') !== reversed;
  const option = highFirst ? options[options.length - 1] : options[0];
  return option?.id ?? '';
}
