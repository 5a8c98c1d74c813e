import type { GroupAdvice, Tally } from './group';
import type { Action } from './records';
import type { ScanScores } from './scoring';

/**
 * How much of the scan the scores rest on: statements whose answer counts (not "don't know",
 * not "not applicable", not left open) of all statements.
 */
export function statementCoverage(scores: Pick<ScanScores, 'themes'>): {
  counted: number;
  total: number;
} {
  return scores.themes.reduce(
    (sum, theme) => ({ counted: sum.counted + theme.counted, total: sum.total + theme.total }),
    { counted: 0, total: 0 },
  );
}

/** At most this many plan steps go on the one-page board report. */
export const REPORT_PLAN_ROWS = 8;

/**
 * The action plan as the board report lists it: steps from the advice grouped by theme in
 * questionnaire order (in the order they were added within a theme), then the board's own steps.
 * With more steps than fit, steps that are done give way first, then the last ones; `left` says
 * how many are not on the page.
 */
export function reportPlan(
  actions: readonly Action[],
  themeIds: readonly string[],
  max = REPORT_PLAN_ROWS,
): { steps: Action[]; left: number } {
  const rank = (action: Action) => {
    const index = action.themeId === undefined ? -1 : themeIds.indexOf(action.themeId);
    return index === -1 ? themeIds.length : index;
  };
  const ordered = actions
    .map((action, order) => ({ action, order }))
    .sort((a, b) => rank(a.action) - rank(b.action) || a.order - b.order)
    .map(({ action }) => action);
  if (ordered.length <= max) return { steps: ordered, left: 0 };
  const open = ordered.filter((action) => action.status !== 'done');
  const keep = new Set(
    [...open, ...ordered.filter((action) => action.status === 'done')].slice(0, max),
  );
  return {
    steps: ordered.filter((action) => keep.has(action)),
    left: ordered.length - keep.size,
  };
}

/** On the one-page group report, at most this many advice steps per theme to agree on. */
export const GROUP_REPORT_STEPS_PER_THEME = 2;

/**
 * The steps a group report offers to agree on: for each theme the group agrees needs work (the
 * "act" advice, lowest first), its first steps, at most `perTheme` each.
 */
export function stepsToAgreeOn(
  act: readonly GroupAdvice[],
  perTheme = GROUP_REPORT_STEPS_PER_THEME,
): { themeId: string; key: string }[] {
  return act.flatMap((item) =>
    (item.kind === 'talk' ? [] : (item.advice?.steps ?? []))
      .slice(0, perTheme)
      .map((step) => ({ themeId: item.themeId, key: step.key })),
  );
}

/** All votes cast in a tally, "don't know" and "not applicable" included. */
export function votesCast(tally: Tally): number {
  let votes = 0;
  for (const counts of Object.values(tally)) {
    for (const count of Object.values(counts)) votes += count;
  }
  return votes;
}
