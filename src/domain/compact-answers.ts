import * as z from 'zod/mini';
import { type Editions, keepKnownAnswers } from './editions';
import { type Answers, type Layout, layoutOf, NON_SCORING_ANSWERS } from './questionnaire';
import { fail, ok, type Result } from './result';

/**
 * The compact answer codec: one character per question, in the order of the edition's layout.
 * This file owns its character table; every other module (group statistics, schemas, counts)
 * asks it.
 * - '0'–'9': the index of the chosen option
 * - 'd': don't know, 'n': not applicable
 * - '.': unanswered
 * Short enough for a link or a QR code, and fast to aggregate for thousands of respondents.
 * A string is read with the layout of the edition that wrote it (see content/editions.ts).
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

/** The character for "don't know" or "not applicable". */
export function nonScoringChar(answer: 'dont-know' | 'not-applicable'): string {
  return answer === DONT_KNOW_ID ? DONT_KNOW : NOT_APPLICABLE;
}

/** The character for option `index` of a question (null when the index cannot be written). */
export function optionChar(index: number): string | null {
  return OPTION_CHARS[index] ?? null;
}

/** The answer id a character stands for; null for unanswered, undefined for a character it cannot be. */
export function answerOfChar(
  options: readonly string[],
  char: string | undefined,
): string | null | undefined {
  if (char === UNANSWERED) return null;
  if (char === DONT_KNOW) return DONT_KNOW_ID;
  if (char === NOT_APPLICABLE) return NOT_APPLICABLE_ID;
  const index = char === undefined ? -1 : OPTION_CHARS.indexOf(char);
  return index >= 0 ? options[index] : undefined;
}

/** The character for one answer (unanswered for an unknown one). */
function charOf(options: readonly string[], answer: string | undefined): string {
  if (answer === DONT_KNOW_ID) return DONT_KNOW;
  if (answer === NOT_APPLICABLE_ID) return NOT_APPLICABLE;
  return optionChar(answer === undefined ? -1 : options.indexOf(answer)) ?? UNANSWERED;
}

/** Answers in the compact form of an edition. */
export function encodeAnswers(layout: Layout, answers: Answers): string {
  return layout.questions
    .map((question) => charOf(question.options, answers[question.id]))
    .join('');
}

/** A string of the right length with nothing answered. */
export function emptyCompactAnswers(layout: Layout): string {
  return UNANSWERED.repeat(layout.questions.length);
}

/** How many questions have any answer (don't know and not applicable included). */
export function answeredCount(encoded: string): number {
  let count = 0;
  for (const char of encoded) if (char !== UNANSWERED) count += 1;
  return count;
}

/** Turns the compact form back into answers; a wrong length or an unknown character is refused. */
export function decodeAnswers(
  layout: Layout,
  encoded: string,
): Result<Answers, 'length' | 'character'> {
  if (encoded.length !== layout.questions.length) return fail('length');
  const answers: Answers = {};
  for (const [index, question] of layout.questions.entries()) {
    const answer = answerOfChar(question.options, encoded[index]);
    if (answer === undefined) return fail('character');
    if (answer !== null) answers[question.id] = answer;
  }
  return ok(answers);
}

export type UpgradeError = 'unknownEdition' | 'length' | 'character';

/**
 * Compact answers written by edition `version`, in today's layout, with what no longer counts:
 * decoded with that edition's layout (so by id), kept where the statement still exists.
 */
export function upgradeCompact(
  editions: Editions,
  version: string,
  encoded: string,
): Result<{ encoded: string; dropped: Answers }, UpgradeError> {
  const layout = editions.layouts[version];
  if (!layout) return fail('unknownEdition');
  const decoded = decodeAnswers(layout, encoded);
  if (!decoded.ok) return decoded;
  if (version === editions.questionnaire.version) return ok({ encoded, dropped: {} });
  const { kept, dropped } = keepKnownAnswers(editions.questionnaire, decoded.value);
  return ok({ encoded: encodeAnswers(layoutOf(editions.questionnaire), kept), dropped });
}
