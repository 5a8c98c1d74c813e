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

const themes = allThemes(questionnaire);

/**
 * Projector mode moves one statement at a time: the path of the statement before or after
 * statement `index` (0-based) of `themeId`, crossing into the neighbouring theme at either end.
 */
export function statementPath(themeId: string, index: number, direction: 1 | -1): string {
  const themeIndex = themes.findIndex((theme) => theme.id === themeId);
  const theme = themes[themeIndex];
  if (!theme) return stepPath(PROFILE_STEP);
  const target = index + direction;
  if (target >= 0 && target < theme.questions.length) return `/scan/${themeId}/${target + 1}`;
  const neighbour = themes[themeIndex + direction];
  if (!neighbour) return direction === 1 ? '/results' : stepPath(PROFILE_STEP);
  return `/scan/${neighbour.id}/${direction === 1 ? 1 : neighbour.questions.length}`;
}
