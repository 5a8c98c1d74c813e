import * as z from 'zod/mini';

/** Ids are stable kebab-case strings; a question id is `<theme-id>.q<n>`. */
const idSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const questionIdSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*\.q[0-9]+$/));

/** One answer option with its score from 0 (weak) to 1 (strong). */
export const answerOptionSchema = z.object({
  id: idSchema,
  score: z.number().check(z.gte(0), z.lte(1)),
});
export type AnswerOption = z.infer<typeof answerOptionSchema>;

/** A statement answered on the shared agreement scale; `reverse` flips its score. */
const agreementQuestionSchema = z.object({
  kind: z.literal('agreement'),
  id: questionIdSchema,
  reverse: z.boolean(),
});

/**
 * A question with its own options, each scored (e.g. the rungs of Arnstein's ladder). At most
 * ten: the compact answer codec writes an option as one digit.
 */
const choiceQuestionSchema = z.object({
  kind: z.literal('choice'),
  id: questionIdSchema,
  options: z.array(answerOptionSchema).check(z.minLength(2), z.maxLength(10)),
});

export const questionSchema = z.discriminatedUnion('kind', [
  agreementQuestionSchema,
  choiceQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

export const themeSchema = z.object({
  id: idSchema,
  questions: z.array(questionSchema).check(z.minLength(4), z.maxLength(6)),
});
export type Theme = z.infer<typeof themeSchema>;

const areaSchema = z.object({
  id: idSchema,
  themes: z.array(themeSchema).check(z.minLength(1)),
});

export const questionnaireSchema = z.object({
  /** Bumped whenever questions are added, removed or re-scored; exports carry it. */
  version: z.string(),
  agreementScale: z.array(answerOptionSchema).check(z.minLength(2)),
  areas: z.array(areaSchema).check(z.minLength(1)),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** Answers that are given but never count in a score. */
export const NON_SCORING_ANSWERS = ['dont-know', 'not-applicable'] as const;

/** An answer is the id of the chosen option, or one of the non-scoring answers. */
export const answersSchema = z.record(questionIdSchema, idSchema);
export type Answers = z.infer<typeof answersSchema>;

/** Every theme of the questionnaire, in order. */
export function allThemes(questionnaire: Questionnaire): Theme[] {
  return questionnaire.areas.flatMap((area) => area.themes);
}

/** Every question of the questionnaire, in order. */
export function allQuestions(questionnaire: Questionnaire): Question[] {
  return allThemes(questionnaire).flatMap((theme) => theme.questions);
}

/** The options a question can be answered with, not counting the non-scoring answers. */
export function optionsOf(questionnaire: Questionnaire, question: Question): AnswerOption[] {
  return question.kind === 'agreement' ? questionnaire.agreementScale : question.options;
}
