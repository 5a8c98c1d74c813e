import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import type { AnswerSource } from './answer-source';

export const PROFILE_STEP = 'profile';
/** Not a step: "continue" goes here and is sent on to where the scan was left. */
export const RESUME_STEP = 'resume';

const themes = allThemes(questionnaire);
const themeIds = themes.map((theme) => theme.id);

type Where = Pick<AnswerSource, 'basePath' | 'withProfile' | 'finishPath' | 'exitPath'>;

/** The wizard's steps in order: the profile (when asked for), then one per theme. */
export function wizardSteps(where: Pick<Where, 'withProfile'>): string[] {
  return where.withProfile ? [PROFILE_STEP, ...themeIds] : themeIds;
}

export function stepPath(where: Pick<Where, 'basePath'>, step: string): string {
  return `${where.basePath}/${step}`;
}

/** The paths before and after this step: the exit before the first, the finish after the last. */
export function neighbours(
  where: Where,
  step: string,
): { previous: string; next: string; isLast: boolean } {
  const steps = wizardSteps(where);
  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  const next = index >= 0 ? steps[index + 1] : undefined;
  return {
    previous: previous ? stepPath(where, previous) : where.exitPath,
    next: next ? stepPath(where, next) : where.finishPath,
    isLast: next === undefined,
  };
}

/**
 * Projector mode moves one statement at a time: the path of the statement before or after
 * statement `index` (0-based) of `themeId`, crossing into the neighbouring theme at either end.
 */
export function statementPath(
  where: Where,
  themeId: string,
  index: number,
  direction: 1 | -1,
): string {
  const themeIndex = themeIds.indexOf(themeId);
  const theme = themes[themeIndex];
  if (!theme) return where.exitPath;
  const target = index + direction;
  if (target >= 0 && target < theme.questions.length) {
    return `${stepPath(where, themeId)}/${target + 1}`;
  }
  const neighbour = themes[themeIndex + direction];
  if (!neighbour) return direction === 1 ? where.finishPath : neighbours(where, themeId).previous;
  return `${stepPath(where, neighbour.id)}/${direction === 1 ? 1 : neighbour.questions.length}`;
}
