import * as z from 'zod/mini';
import { type Level, levelOf, levelSchema } from './levels';
import type { Profile } from './profile';

/** `any` applies to every collective; `small`/`large` only to that size (see profileFacts). */
const adviceSizeSchema = z.enum(['any', 'small', 'large']);

/**
 * One rule: for this theme at this score level (and size), these first steps.
 * Text lives in locales/<lng>/advice.json under `<themeId>.<level>.<size>.<stepId>`.
 */
export const adviceRuleSchema = z.object({
  themeId: z.string(),
  level: levelSchema,
  size: adviceSizeSchema,
  steps: z.array(z.string().check(z.regex(/^s[0-9]+$/))).check(z.minLength(2), z.maxLength(4)),
});
export type AdviceRule = z.infer<typeof adviceRuleSchema>;
export const adviceRulesSchema = z.array(adviceRuleSchema);

/** From this many members on, a collective gets the advice for large collectives (the app's own split). */
const LARGE_COLLECTIVE_MEMBERS = 250;

/** What of the profile chooses between advice variants. */
export type ProfileFacts = { size: 'small' | 'large' };

/** The facts that tune advice; an unknown member count counts as small, the most common case. */
export function profileFacts(profile: Pick<Profile, 'members'>): ProfileFacts {
  const large = profile.members !== undefined && profile.members >= LARGE_COLLECTIVE_MEMBERS;
  return { size: large ? 'large' : 'small' };
}

export type PickedAdvice = {
  themeId: string;
  level: Level;
  /** Translation keys in the advice namespace, one per first step. */
  stepKeys: string[];
};

/** The first steps for one theme at its score, preferring a rule for the collective's size over a general one. */
export function pickAdvice(
  rules: readonly AdviceRule[],
  themeId: string,
  score: number,
  facts: ProfileFacts,
): PickedAdvice | null {
  const level = levelOf(score);
  const candidates = rules.filter((rule) => rule.themeId === themeId && rule.level === level);
  const rule =
    candidates.find((candidate) => candidate.size === facts.size) ??
    candidates.find((candidate) => candidate.size === 'any');
  if (!rule) return null;
  return {
    themeId,
    level,
    stepKeys: rule.steps.map((step) => `${themeId}.${level}.${rule.size}.${step}`),
  };
}
