import * as z from 'zod/mini';
import {
  type Answers,
  allQuestions,
  NON_SCORING_ANSWERS,
  optionsOf,
  type Question,
  type Questionnaire,
} from './questionnaire';
import { fail, ok, type Result } from './result';

/**
 * The compact answer codec: one character per question, in questionnaire order. This file owns
 * its character table; every other module (group statistics, schemas, counts) asks it.
 * - '0'–'9': the index of the chosen option
 * - 'd': don't know, 'n': not applicable
 * - '.': unanswered
 * Short enough for a link or a QR code, and fast to aggregate for thousands of respondents.
 * Only valid for the questionnaire version it was made with.
 */
const OPTION_CHARS = '0123456789';
const DONT_KNOW = 'd';
const NOT_APPLICABLE = 'n';
const UNANSWERED = '.';
const [DONT_KNOW_ID, NOT_APPLICABLE_ID] = NON_SCORING_ANSWERS;

/** The longest compact answer string any format accepts. */
const MAX_COMPACT_LENGTH = 500;

/** Every character the codec can write. */
export const COMPACT_PATTERN = new RegExp(
  `^[${OPTION_CHARS}${DONT_KNOW}${NOT_APPLICABLE}\\${UNANSWERED}]*$`,
);

/** The schema every stored or shared compact answer string is checked with. */
export const compactAnswersSchema = z
  .string()
  .check(z.regex(COMPACT_PATTERN), z.maxLength(MAX_COMPACT_LENGTH));

/** The character for option `index` of a question (null when the index cannot be written). */
export function optionChar(index: number): string | null {
  return OPTION_CHARS[index] ?? null;
}

/** The answer id a character stands for; null for unanswered, undefined for a character it cannot be. */
export function answerOfChar(
  options: readonly { id: string }[],
  char: string | undefined,
): string | null | undefined {
  if (char === UNANSWERED) return null;
  if (char === DONT_KNOW) return DONT_KNOW_ID;
  if (char === NOT_APPLICABLE) return NOT_APPLICABLE_ID;
  const index = char === undefined ? -1 : OPTION_CHARS.indexOf(char);
  return index >= 0 ? options[index]?.id : undefined;
}

/** The character for one answer (unanswered for an unknown one). */
function charOf(questionnaire: Questionnaire, question: Question, answer: string | undefined) {
  if (answer === DONT_KNOW_ID) return DONT_KNOW;
  if (answer === NOT_APPLICABLE_ID) return NOT_APPLICABLE;
  const index = optionsOf(questionnaire, question).findIndex((option) => option.id === answer);
  return optionChar(index) ?? UNANSWERED;
}

/** Answers in the compact form. */
export function encodeAnswers(questionnaire: Questionnaire, answers: Answers): string {
  return allQuestions(questionnaire)
    .map((question) => charOf(questionnaire, question, answers[question.id]))
    .join('');
}

/** A string of the right length with nothing answered. */
export function emptyCompactAnswers(questionnaire: Questionnaire): string {
  return UNANSWERED.repeat(allQuestions(questionnaire).length);
}

/** How many questions have any answer (don't know and not applicable included). */
export function answeredCount(encoded: string): number {
  let count = 0;
  for (const char of encoded) if (char !== UNANSWERED) count += 1;
  return count;
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
    const answer = answerOfChar(optionsOf(questionnaire, question), encoded[index]);
    if (answer === undefined) return fail('character');
    if (answer !== null) answers[question.id] = answer;
  }
  return ok(answers);
}
