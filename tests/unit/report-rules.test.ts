import { describe, expect, it } from 'vitest';
import type { GroupAdvice } from '@/domain/group';
import type { Action } from '@/domain/records';
import {
  REPORT_PLAN_ROWS,
  reportPlan,
  statementCoverage,
  stepsToAgreeOn,
  votesCast,
} from '@/domain/report';
import type { ScanScores, ThemeScore } from '@/domain/scoring';

/** Scores with one theme per entry (score, counted answers); six statements per theme. */
function scoresOf(themes: [string, number | null, number][]): ScanScores {
  const list: ThemeScore[] = themes.map(([themeId, score, counted]) => ({
    themeId,
    areaId: 'a',
    score,
    counted,
    excluded: 6 - counted,
    total: 6,
    applicable: 6,
  }));
  return { overall: null, areas: [{ areaId: 'a', score: null, themes: list }], themes: list };
}

describe('statementCoverage', () => {
  it('counts the statements whose answer counts, of all statements', () => {
    const scores = scoresOf([
      ['a', 80, 6],
      ['b', null, 2],
      ['c', 40, 5],
    ]);
    expect(statementCoverage(scores)).toEqual({ counted: 13, total: 18 });
  });
});

describe('reportPlan', () => {
  const themeIds = ['one', 'two', 'three'];
  const step = (id: string, themeId: string | undefined, status: Action['status'] = 'todo') =>
    ({
      id,
      ...(themeId ? { themeId, adviceKey: `${themeId}.steps.s1` } : { text: `own ${id}` }),
      owner: '',
      due: '',
      status,
    }) satisfies Action;

  it('lists steps by theme in questionnaire order, then the board’s own steps, in the order added', () => {
    const actions = [
      step('own1', undefined),
      step('t3', 'three'),
      step('t1a', 'one'),
      step('own2', undefined),
      step('t1b', 'one'),
    ];
    expect(reportPlan(actions, themeIds)).toEqual({
      steps: ['t1a', 't1b', 't3', 'own1', 'own2'].map((id) =>
        actions.find((action) => action.id === id),
      ),
      left: 0,
    });
  });

  it('with more steps than fit, leaves out the done ones first, then the last ones', () => {
    const actions = [
      step('done1', 'one', 'done'),
      ...Array.from({ length: 7 }, (_, index) => step(`open${index}`, 'two')),
      step('done2', 'three', 'done'),
      step('own', undefined, 'doing'),
    ];
    const { steps, left } = reportPlan(actions, themeIds);
    expect(steps).toHaveLength(REPORT_PLAN_ROWS);
    expect(left).toBe(2);
    expect(steps.map((action) => action.id)).toEqual([
      ...Array.from({ length: 7 }, (_, index) => `open${index}`),
      'own',
    ]);
    const many = Array.from({ length: 12 }, (_, index) => step(`s${index}`, 'one'));
    expect(reportPlan(many, themeIds)).toEqual({ steps: many.slice(0, REPORT_PLAN_ROWS), left: 4 });
  });
});

describe('stepsToAgreeOn', () => {
  const act = (themeId: string, steps: string[]): GroupAdvice => ({
    kind: 'act',
    themeId,
    stats: { themeId, areaId: 'a', summary: null, disagree: false },
    advice: {
      themeId,
      level: 'low',
      tunedBy: [],
      steps: steps.map((id) => ({ id, key: `${themeId}.steps.${id}`, addresses: [] })),
    },
  });

  it('takes the first two steps of each theme the group agrees needs work, lowest first', () => {
    expect(
      stepsToAgreeOn([act('leadership', ['s2', 's1', 's3']), act('recognition', ['s4'])]),
    ).toEqual([
      { themeId: 'leadership', key: 'leadership.steps.s2' },
      { themeId: 'leadership', key: 'leadership.steps.s1' },
      { themeId: 'recognition', key: 'recognition.steps.s4' },
    ]);
    expect(stepsToAgreeOn([])).toEqual([]);
  });
});

describe('votesCast', () => {
  it('adds every vote of a tally, don’t know and not applicable included', () => {
    expect(votesCast({ 'a.q1': { agree: 4, disagree: 2, 'dont-know': 1 }, 'a.q2': {} })).toBe(7);
    expect(votesCast({})).toBe(0);
  });
});
