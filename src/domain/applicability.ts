import type { Profile } from './profile';
import { type Answers, allQuestions } from './questionnaire';
import type { AppliesWhen, Questionnaire } from './questionnaire-schema';

/** Why a statement was marked not applicable from the profile (its `appliesWhen` rule). */
export type ProfileExclusion = { questionId: string; rule: AppliesWhen };

/**
 * Whether a statement's rule rules it out for this profile. An unknown profile fact never rules a
 * statement out: the board can still answer it, or answer "not applicable" itself.
 */
function rulesOut(rule: AppliesWhen, profile: Profile, currentYear: number): boolean {
  switch (rule.kind) {
    case 'min-age':
      return profile.founded !== undefined && currentYear - profile.founded < rule.years;
    case 'multi-sector':
      return profile.sectors !== undefined && profile.sectors.length === 1;
    case 'paid-staff':
      return profile.paidStaff === 'none';
    case 'legal-form':
      return profile.legalForm === 'none-yet';
    case 'sector':
      return (
        profile.sectors !== undefined &&
        profile.sectors.length > 0 &&
        !profile.sectors.some((sector) => rule.sectors.includes(sector))
      );
  }
}

/** The statements this collective's profile marks not applicable, in questionnaire order. */
export function profileExclusions(
  questionnaire: Questionnaire,
  profile: Profile,
  currentYear: number,
): ProfileExclusion[] {
  return allQuestions(questionnaire).flatMap((question) =>
    question.appliesWhen && rulesOut(question.appliesWhen, profile, currentYear)
      ? [{ questionId: question.id, rule: question.appliesWhen }]
      : [],
  );
}

/**
 * The answers that count: the board's own, with every statement the profile rules out set to
 * "not applicable" (whatever was answered before, which is kept and counts again when the
 * profile changes). Scores, shares and exports all start from these.
 */
export function effectiveAnswers(
  answers: Answers,
  exclusions: readonly ProfileExclusion[],
): Answers {
  if (exclusions.length === 0) return answers;
  const effective = { ...answers };
  for (const { questionId } of exclusions) effective[questionId] = 'not-applicable';
  return effective;
}
