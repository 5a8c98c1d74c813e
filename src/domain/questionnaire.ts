import * as z from 'zod/mini';
import type { AnswerOption, Question, Questionnaire, Theme } from './questionnaire-schema';

/** Ids are stable kebab-case strings; a question id is `<theme-id>.q<n>`, never reused. */
export const idSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
export const questionIdSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*\.q[0-9]+$/));

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
  return question.kind === 'scale' ? questionnaire.scales[question.scale] : question.options;
}

/** True for "don't know" and "not applicable". */
export function isNonScoring(answer: string): boolean {
  return (NON_SCORING_ANSWERS as readonly string[]).includes(answer);
}

/**
 * The shape of one edition of the questionnaire as stored and shared data see it: its questions
 * in order with their option ids. Compact answers are read by the layout of the edition that
 * wrote them, so an old link or file decodes by id, never by today's order.
 */
export type Layout = { version: string; questions: { id: string; options: string[] }[] };

/** The layout of a questionnaire. */
export function layoutOf(questionnaire: Questionnaire): Layout {
  return {
    version: questionnaire.version,
    questions: allQuestions(questionnaire).map((question) => ({
      id: question.id,
      options: optionsOf(questionnaire, question).map((option) => option.id),
    })),
  };
}
