import * as z from 'zod/mini';

export const adviceLevelSchema = z.enum(['low', 'middle', 'high']);
export type AdviceLevel = z.infer<typeof adviceLevelSchema>;

/** `any` applies to every collective; `small`/`large` only to that size (see sizeOf). */
export const adviceSizeSchema = z.enum(['any', 'small', 'large']);
export type AdviceSize = z.infer<typeof adviceSizeSchema>;

/**
 * One rule: for this theme at this score level (and size), these first steps.
 * Text lives in locales/<lng>/advice.json under `<themeId>.<level>.<size>.<stepId>`.
 */
export const adviceRuleSchema = z.object({
  themeId: z.string(),
  level: adviceLevelSchema,
  size: adviceSizeSchema,
  steps: z.array(z.string().check(z.regex(/^s[0-9]+$/))).check(z.minLength(2), z.maxLength(4)),
});
export type AdviceRule = z.infer<typeof adviceRuleSchema>;
export const adviceRulesSchema = z.array(adviceRuleSchema);

/** From this many members on, a collective gets the advice for large collectives. */
export const LARGE_COLLECTIVE_MEMBERS = 250;

/** Size class for advice; an unknown member count counts as small, the most common case. */
export function sizeOf(members: number | undefined): 'small' | 'large' {
  return members !== undefined && members >= LARGE_COLLECTIVE_MEMBERS ? 'large' : 'small';
}

/** Advice level for a 0–100 theme score: below 40 low, 40 to under 70 middle, 70 and up high. */
export function levelOf(score: number): AdviceLevel {
  if (score < 40) return 'low';
  if (score < 70) return 'middle';
  return 'high';
}

export type PickedAdvice = {
  themeId: string;
  level: AdviceLevel;
  /** Translation keys in the advice namespace, one per first step. */
  stepKeys: string[];
};

/** The first steps for one theme at its score, preferring a rule for the collective's size over a general one. */
export function pickAdvice(
  rules: readonly AdviceRule[],
  themeId: string,
  score: number,
  size: 'small' | 'large',
): PickedAdvice | null {
  const level = levelOf(score);
  const candidates = rules.filter((rule) => rule.themeId === themeId && rule.level === level);
  const rule =
    candidates.find((candidate) => candidate.size === size) ??
    candidates.find((candidate) => candidate.size === 'any');
  if (!rule) return null;
  return {
    themeId,
    level,
    stepKeys: rule.steps.map((step) => `${themeId}.${level}.${rule.size}.${step}`),
  };
}
