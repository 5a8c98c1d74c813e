import * as z from 'zod/mini';
import { SECTORS } from './profile';
import { idSchema, questionIdSchema } from './questionnaire';

/**
 * The questionnaire's schema: content is data, checked by this schema in the content tests. Kept
 * apart from questionnaire.ts so the app's first load carries the types, not the validators.
 */

/** One answer option with its score from 0 (weak) to 1 (strong). */
export const answerOptionSchema = z.object({
  id: idSchema,
  score: z.number().check(z.gte(0), z.lte(1)),
});
export type AnswerOption = z.infer<typeof answerOptionSchema>;

/**
 * The answer scales a statement can declare: agreement for judgements, truth for facts
 * ("not true at all … completely true"), frequency for practices ("never … always").
 */
export const SCALE_NAMES = ['agreement', 'truth', 'frequency'] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

/**
 * When a statement cannot apply to a collective, the app marks it not applicable from the
 * profile: founded fewer than `years` ago, one sector only, no paid staff, no legal form yet,
 * or none of the listed sectors.
 */
export const appliesWhenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('min-age'), years: z.number().check(z.int(), z.gte(1)) }),
  z.object({ kind: z.literal('multi-sector') }),
  z.object({ kind: z.literal('paid-staff') }),
  z.object({ kind: z.literal('legal-form') }),
  z.object({ kind: z.literal('sector'), sectors: z.array(z.enum(SECTORS)).check(z.minLength(1)) }),
]);
export type AppliesWhen = z.infer<typeof appliesWhenSchema>;

/** A statement answered on one of the shared scales; `reverse` flips its score. */
const scaleQuestionSchema = z.object({
  kind: z.literal('scale'),
  id: questionIdSchema,
  scale: z.enum(SCALE_NAMES),
  reverse: z.boolean(),
  appliesWhen: z.optional(appliesWhenSchema),
});

/**
 * A question with its own options, each scored (e.g. the rungs of Arnstein's ladder). At most
 * ten: the compact answer codec writes an option as one digit.
 */
const choiceQuestionSchema = z.object({
  kind: z.literal('choice'),
  id: questionIdSchema,
  options: z.array(answerOptionSchema).check(z.minLength(2), z.maxLength(10)),
  appliesWhen: z.optional(appliesWhenSchema),
});

export const questionSchema = z.discriminatedUnion('kind', [
  scaleQuestionSchema,
  choiceQuestionSchema,
]);
export type Question = z.infer<typeof questionSchema>;

export const themeSchema = z.object({
  id: idSchema,
  questions: z.array(questionSchema).check(z.minLength(4), z.maxLength(7)),
});
export type Theme = z.infer<typeof themeSchema>;

const areaSchema = z.object({
  id: idSchema,
  themes: z.array(themeSchema).check(z.minLength(1)),
});

const scaleSchema = z.array(answerOptionSchema).check(z.minLength(2), z.maxLength(10));

export const questionnaireSchema = z.object({
  /** Bumped whenever questions are added, removed or re-scored; stored and shared data carry it. */
  version: z.string(),
  scales: z.object({ agreement: scaleSchema, truth: scaleSchema, frequency: scaleSchema }),
  areas: z.array(areaSchema).check(z.minLength(1)),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
