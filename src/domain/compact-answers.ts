import { type Answers, allQuestions, optionsOf, type Questionnaire } from './questionnaire';
import { fail, ok, type Result } from './result';

const DONT_KNOW = 'd';
const NOT_APPLICABLE = 'n';
const UNANSWERED = '.';

/**
 * Answers as one character per question, in questionnaire order: the option's index (0–9),
 * 'd' don't know, 'n' not applicable, '.' unanswered. Short enough for a link, and fast to
 * aggregate for thousands of respondents. Only valid for the questionnaire version it was made with.
 */
export function encodeAnswers(questionnaire: Questionnaire, answers: Answers): string {
  return allQuestions(questionnaire)
    .map((question) => {
      const answer = answers[question.id];
      if (answer === 'dont-know') return DONT_KNOW;
      if (answer === 'not-applicable') return NOT_APPLICABLE;
      const index = optionsOf(questionnaire, question).findIndex((option) => option.id === answer);
      return index >= 0 && index <= 9 ? String(index) : UNANSWERED;
    })
    .join('');
}

/** Turns the compact form back into answers; a wrong length or an unknown character is refused. */
export function decodeAnswers(
  questionnaire: Questionnaire,
  encoded: string,
): Result<Answers, 'length' | 'character'> {
  const questions = allQuestions(questionnaire);
  if (encoded.length !== questions.length) return fail('length');
  const answers: Answers = {};
  for (const [index, question] of questions.entries()) {
    const char = encoded[index];
    if (char === UNANSWERED) continue;
    if (char === DONT_KNOW) answers[question.id] = 'dont-know';
    else if (char === NOT_APPLICABLE) answers[question.id] = 'not-applicable';
    else {
      const option = optionsOf(questionnaire, question)[Number(char)];
      if (!option || !/^[0-9]$/.test(char ?? '')) return fail('character');
      answers[question.id] = option.id;
    }
  }
  return ok(answers);
}
