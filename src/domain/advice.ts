import * as z from 'zod/mini';
import { type Level, levelOf, levelSchema } from './levels';
import type { Profile } from './profile';
import type { Answers } from './questionnaire';
import type { Questionnaire, Theme } from './questionnaire-schema';
import { answerValue } from './scoring';

/** From this many members on, a collective gets the advice for large collectives (the app's own split). */
const LARGE_COLLECTIVE_MEMBERS = 250;

const whenSchema = z.object({
  size: z.optional(z.enum(['small', 'large'])),
  staff: z.optional(z.enum(['none', 'some'])),
});
export type AdviceWhen = z.infer<typeof whenSchema>;

/**
 * One rule: for this theme at this score level, and a profile that fits `when`, these first
 * steps. Text lives in locales/<lng>/advice.json under `<themeId>.steps.<stepId>`.
 */
const adviceRuleSchema = z.object({
  themeId: z.string(),
  level: levelSchema,
  when: whenSchema,
  steps: z.array(z.string().check(z.regex(/^s[0-9]+$/))).check(z.minLength(2), z.maxLength(4)),
});
export type AdviceRule = z.infer<typeof adviceRuleSchema>;

export const adviceContentSchema = z.object({
  rules: z.array(adviceRuleSchema),
  /** `<themeId>.<stepId>` → the statements that step addresses. */
  targets: z.record(z.string(), z.array(z.string())),
  /** Steps shown for a profile fact, e.g. `no-legal-form`. Text: `profile.<fact>.<stepId>`. */
  profileSteps: z.record(z.string(), z.array(z.string())),
  /** Questions a group can talk about first when it disagrees on a theme. Text: `<themeId>.talk.<id>`. */
  conversation: z.record(z.string(), z.array(z.string())),
});
export type AdviceContent = z.infer<typeof adviceContentSchema>;

/**
 * What of the profile chooses advice. An unknown size counts as small (the most common case);
 * unknown paid staff counts as none, so advice never assumes staff that may not be there.
 */
export type ProfileFacts = {
  size: 'small' | 'large';
  staff: 'none' | 'some';
  /** True when the collective said it has no legal form yet. */
  noLegalForm: boolean;
};

/** The profile facts that tune advice. */
export function profileFacts(
  profile: Pick<Profile, 'members' | 'paidStaff' | 'legalForm'>,
): ProfileFacts {
  const large = profile.members !== undefined && profile.members >= LARGE_COLLECTIVE_MEMBERS;
  return {
    size: large ? 'large' : 'small',
    staff: profile.paidStaff === 'some' ? 'some' : 'none',
    noLegalForm: profile.legalForm === 'none-yet',
  };
}

/** True when every condition of the rule holds for these facts. */
function fits(when: AdviceWhen, facts: ProfileFacts): boolean {
  return (
    (when.size === undefined || when.size === facts.size) &&
    (when.staff === undefined || when.staff === facts.staff)
  );
}

export type PickedStep = {
  id: string;
  /** `<themeId>.steps.<stepId>`, the key of its text and of a plan step made from it. */
  key: string;
  /** The weak statements of this theme that the step addresses. */
  addresses: string[];
};

export type PickedAdvice = {
  themeId: string;
  level: Level;
  /** The profile facts the chosen rule depends on (none for a general rule). */
  tunedBy: (keyof AdviceWhen)[];
  /** Steps addressing the weak statements first, then the others in the rule's order. */
  steps: PickedStep[];
};

/**
 * The first steps for one theme at its score: the most specific rule that fits the profile.
 * `weak` are the theme's weak statements (see weakStatements); steps that address them come first.
 */
export function pickAdvice(
  content: Pick<AdviceContent, 'rules' | 'targets'>,
  themeId: string,
  score: number,
  facts: ProfileFacts,
  weak: readonly string[] = [],
): PickedAdvice | null {
  const level = levelOf(score);
  const rule = content.rules
    .filter((candidate) => candidate.themeId === themeId && candidate.level === level)
    .filter((candidate) => fits(candidate.when, facts))
    .sort((a, b) => Object.keys(b.when).length - Object.keys(a.when).length)[0];
  if (!rule) return null;
  const steps = rule.steps.map((id) => ({
    id,
    key: `${themeId}.steps.${id}`,
    addresses: (content.targets[`${themeId}.${id}`] ?? []).filter((q) => weak.includes(q)),
  }));
  return {
    themeId,
    level,
    tunedBy: Object.keys(rule.when) as (keyof AdviceWhen)[],
    steps: [
      ...steps.filter((step) => step.addresses.length > 0),
      ...steps.filter((step) => step.addresses.length === 0),
    ],
  };
}

/** An answer worth this much or less (0–1) makes a statement weak: the two lowest options. */
const WEAK_VALUE = 0.25;

/**
 * The statements that pull a theme down: counted answers worth a quarter or less, weakest first
 * (questionnaire order on ties), at most three.
 */
export function weakStatements(
  questionnaire: Questionnaire,
  theme: Theme,
  answers: Answers,
): string[] {
  return theme.questions
    .map((question, index) => ({
      id: question.id,
      index,
      value: answerValue(questionnaire, question, answers[question.id]),
    }))
    .filter((item): item is { id: string; index: number; value: number } => item.value !== null)
    .filter((item) => item.value <= WEAK_VALUE)
    .sort((a, b) => a.value - b.value || a.index - b.index)
    .slice(0, 3)
    .map((item) => item.id);
}
