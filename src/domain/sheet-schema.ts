import * as z from 'zod/mini';

/**
 * The conversation sheet for the municipality as stored: its fields and how long each text may
 * be. Kept apart from conversation-sheet.ts (the sheet's rules) and free of other imports, so the
 * backup and the store can check a sheet without loading the rules.
 */

/**
 * The most characters each text may hold. Chosen so that every field filled to the brim still
 * prints on one A4 page in both languages (tests/e2e/sheet.spec.ts proves it).
 */
export const SHEET_TEXT_LIMITS = {
  contribution: 500,
  rule1: 180,
  counter1: 90,
  rule2: 180,
  counter2: 90,
  rule3: 180,
  counter3: 90,
  shamExample: 320,
  realParticipation: 320,
  recognitionNote: 280,
  question1: 180,
  question2: 180,
  question3: 180,
} as const;
export type SheetTextField = keyof typeof SHEET_TEXT_LIMITS;

/** The rules-and-counters list has this many rows: a rule, and the counters it involves. */
export const OBSTACLE_ROWS = [
  { rule: 'rule1', counter: 'counter1' },
  { rule: 'rule2', counter: 'counter2' },
  { rule: 'rule3', counter: 'counter3' },
] as const satisfies readonly { rule: SheetTextField; counter: SheetTextField }[];

export const QUESTION_FIELDS = ['question1', 'question2', 'question3'] as const;

/** The kinds of recognition a collective can ask for, each a tick on the sheet. */
export const SHEET_ASKS = ['contactPerson', 'policyRole', 'rightToChallenge'] as const;
export type SheetAsk = (typeof SHEET_ASKS)[number];

const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));
// A rung of the participation ladder, by its id in the questionnaire (sham-participation.q5).
// '' is "none", chosen on purpose over the scan's answer.
const rung = z.optional(z.string().check(z.regex(/^[a-z-]{0,40}$/)));
const tick = z.optional(z.boolean());
const L = SHEET_TEXT_LIMITS;

/**
 * The sheet as stored. Every field is optional. A question left `undefined` follows the suggestion
 * from the scores; `''` is a question the board cleared on purpose. `ladderNow` left undefined
 * follows the scan's answer to the ladder statement.
 */
export const sheetSchema = z.object({
  contribution: text(L.contribution),
  rule1: text(L.rule1),
  counter1: text(L.counter1),
  rule2: text(L.rule2),
  counter2: text(L.counter2),
  rule3: text(L.rule3),
  counter3: text(L.counter3),
  shamExample: text(L.shamExample),
  ladderNow: rung,
  ladderWanted: rung,
  realParticipation: text(L.realParticipation),
  contactPerson: tick,
  policyRole: tick,
  rightToChallenge: tick,
  recognitionNote: text(L.recognitionNote),
  question1: text(L.question1),
  question2: text(L.question2),
  question3: text(L.question3),
});
export type Sheet = z.infer<typeof sheetSchema>;
export type SheetField = keyof Sheet;
