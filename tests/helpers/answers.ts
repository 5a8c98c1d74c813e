import fc from 'fast-check';
import { questionnaire } from '@/content/questionnaire';
import { type Answers, allQuestions, NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import type { Question, Questionnaire } from '@/domain/questionnaire-schema';
import { optionValue } from '@/domain/scoring';

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
  // Sorted by what each option is worth for this question (the scoring rule's own answer).
  const options = [...optionsOf(questionnaire, question)].sort(
    (a, b) => optionValue(question, a) - optionValue(question, b),
  );
  const option = want === 'high' ? options[options.length - 1] : options[0];
  return option?.id ?? '';
}

/**
 * Any answers a user can give to `questionnaire` (the real one by default): per question one of its
 * options, "don't know", "not applicable" or nothing. `scoringOnly` leaves out the last three.
 */
export function arbitraryAnswers(
  options: { questionnaire?: Questionnaire; scoringOnly?: boolean } = {},
): fc.Arbitrary<Answers> {
  const { questionnaire: source = questionnaire, scoringOnly = false } = options;
  const questions = allQuestions(source);
  const answerOf = (question: Question) => {
    const ids = optionsOf(source, question).map((option) => option.id);
    return scoringOnly
      ? fc.constantFrom(...ids)
      : fc.option(fc.constantFrom(...ids, ...NON_SCORING_ANSWERS), { nil: undefined });
  };
  return fc.tuple(...questions.map(answerOf)).map((values) => {
    const answers: Answers = {};
    values.forEach((value, index) => {
      const question = questions[index];
      if (value !== undefined && question) answers[question.id] = value;
    });
    return answers;
  });
}
