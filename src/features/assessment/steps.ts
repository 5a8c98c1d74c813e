import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';

export const PROFILE_STEP = 'profile';

/** The wizard's steps in order: the profile, then one per theme. */
export const wizardSteps: string[] = [PROFILE_STEP, ...allThemes(questionnaire).map((t) => t.id)];

export function stepPath(step: string): string {
  return `/scan/${step}`;
}

/** The steps before and after this one (null at either end). */
export function neighbours(step: string): { previous: string | null; next: string | null } {
  const index = wizardSteps.indexOf(step);
  return {
    previous: index > 0 ? (wizardSteps[index - 1] ?? null) : null,
    next: index >= 0 && index < wizardSteps.length - 1 ? (wizardSteps[index + 1] ?? null) : null,
  };
}
