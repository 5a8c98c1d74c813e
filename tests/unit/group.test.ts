import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advice } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import {
  answerCounts,
  DISAGREEMENT_SD,
  disputedThemes,
  groupAdvice,
  groupScores,
  groupThemeStats,
  statementSpreads,
  type Tally,
  tallyThemeStats,
} from '@/domain/group';
import { type Answers, allQuestions, layoutOf } from '@/domain/questionnaire';
import { scoreAssessment } from '@/domain/scoring';
import { arbitraryAnswers, extremeAnswer, makeAnswers } from '../helpers/answers';

const questions = allQuestions(questionnaire);
const layout = layoutOf(questionnaire);
const encoded = (pick: (themeId: string, index: number) => number | string) =>
  encodeAnswers(layout, makeAnswers(pick));

/** The respondent's own scores by theme id, as a single scan scores them. */
const ownThemeScores = (answers: Answers) =>
  new Map(scoreAssessment(questionnaire, answers).themes.map((theme) => [theme.themeId, theme]));

/** Scores equal to 10 digits, or both absent. */
function expectSameScore(actual: number | null | undefined, expected: number | null | undefined) {
  if (expected === null || expected === undefined) expect(actual ?? null).toBeNull();
  else expect(actual).toBeCloseTo(expected, 10);
}

describe('a group of one is scored as that one respondent', () => {
  it("each theme's mean is the respondent's own theme score; no summary where the theme has none", () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const own = ownThemeScores(answers);
        const stats = groupThemeStats(questionnaire, [encodeAnswers(layout, answers)]);
        expect(stats.map((theme) => theme.themeId)).toEqual([...own.keys()]);
        for (const theme of stats) {
          const score = own.get(theme.themeId)?.score ?? null;
          expect(theme.areaId).toBe(own.get(theme.themeId)?.areaId);
          if (score === null) expect(theme.summary).toBeNull();
          else {
            expect(theme.summary?.n).toBe(1);
            expectSameScore(theme.summary?.mean, score);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the group's area and overall scores are the respondent's own", () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const own = scoreAssessment(questionnaire, answers);
        const group = groupScores(
          questionnaire,
          groupThemeStats(questionnaire, [encodeAnswers(layout, answers)]),
        );
        expect(group.areas.map((area) => area.areaId)).toEqual(
          own.areas.map((area) => area.areaId),
        );
        own.areas.forEach((area, index) => {
          expectSameScore(group.areas[index]?.score, area.score);
        });
        expectSameScore(group.overall, own.overall);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a group of identical respondents', () => {
  it("has no spread and no disagreement on any theme, and the one respondent's scores", () => {
    fc.assert(
      fc.property(arbitraryAnswers(), fc.integer({ min: 2, max: 20 }), (answers, size) => {
        const own = ownThemeScores(answers);
        const one = encodeAnswers(layout, answers);
        const stats = groupThemeStats(
          questionnaire,
          Array.from({ length: size }, () => one),
        );
        for (const theme of stats) {
          expect(theme.disagree).toBe(false);
          const score = own.get(theme.themeId)?.score ?? null;
          if (score === null) expect(theme.summary).toBeNull();
          else {
            expect(theme.summary?.n).toBe(size);
            expect(theme.summary?.sd).toBeCloseTo(0, 10);
            expectSameScore(theme.summary?.mean, score);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('group statistics', () => {
  it('flags a theme where respondents are far apart', () => {
    const withLeadership = (want: 'high' | 'low') => {
      const answers = makeAnswers(() => 0);
      for (const question of questions) {
        if (question.id.startsWith('leadership.'))
          answers[question.id] = extremeAnswer(question.id, want);
      }
      return answers;
    };
    const low = withLeadership('low');
    const leadershipHigh = withLeadership('high');
    const stats = groupThemeStats(questionnaire, [
      encodeAnswers(layout, low),
      encodeAnswers(layout, leadershipHigh),
      encodeAnswers(layout, leadershipHigh),
    ]);
    const leadership = stats.find((theme) => theme.themeId === 'leadership');
    expect(leadership?.summary).toMatchObject({ min: 0, max: 100, n: 3 });
    expect(leadership?.summary?.sd).toBeGreaterThan(DISAGREEMENT_SD);
    expect(leadership?.disagree).toBe(true);
    expect(stats.find((theme) => theme.themeId === 'upscaling')?.disagree).toBe(false);
  });

  it('the order of respondents does not matter', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(4), { minLength: 1, maxLength: 6 }), fc.nat(), (picks, seed) => {
        const list = picks.map((pick) => encoded((_t, index) => (index + pick) % 5));
        const rotated = list.map((_, index) => list[(index + seed) % list.length] ?? '');
        expect(groupThemeStats(questionnaire, rotated)).toEqual(
          groupThemeStats(questionnaire, list),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('a theme nobody answered has no summary', () => {
    const stats = groupThemeStats(questionnaire, [encoded(() => 'dont-know')]);
    expect(stats.every((theme) => theme.summary === null && !theme.disagree)).toBe(true);
  });

  it('counts not applicable per theme as a single scan does: it takes statements out of the theme', () => {
    // Leadership: four statements not applicable, one answered, one don't know.
    const answers = (nonScoring: 'not-applicable' | 'dont-know') =>
      makeAnswers((themeId, index) => {
        if (themeId !== 'leadership') return 'dont-know';
        if (index < 4) return nonScoring;
        return index === 4 ? 4 : 'dont-know';
      });
    const leadership = (given: Answers) =>
      groupThemeStats(questionnaire, [encodeAnswers(layout, given)]).find(
        (theme) => theme.themeId === 'leadership',
      );
    // One counted answer of two statements that apply: enough.
    expect(ownThemeScores(answers('not-applicable')).get('leadership')?.score).toBe(100);
    expect(leadership(answers('not-applicable'))?.summary).toMatchObject({ n: 1, mean: 100 });
    // One counted answer of six: too few, for the group as for the scan.
    expect(ownThemeScores(answers('dont-know')).get('leadership')?.score).toBeNull();
    expect(leadership(answers('dont-know'))?.summary).toBeNull();
  });

  it("counts answers per statement, including don't know and not applicable", () => {
    const list = [
      encoded(() => 3),
      encoded(() => 3),
      encoded(() => 'dont-know'),
      encoded(() => 0),
      encoded(() => 'not-applicable'),
    ];
    // leadership.q7 is on the truth scale.
    expect(answerCounts(questionnaire, list, 'leadership.q7')).toEqual({
      counts: { 'mostly-true': 2, 'dont-know': 1, 'not-true': 1, 'not-applicable': 1 },
      answered: 5,
    });
    expect(answerCounts(questionnaire, [...list, encoded(() => 'x')], 'no-such.q1')).toEqual({
      counts: {},
      answered: 0,
    });
  });
});

describe('tally statistics', () => {
  it("one vote per statement, cast as one respondent answered, gives that respondent's theme scores", () => {
    fc.assert(
      fc.property(arbitraryAnswers(), (answers) => {
        const tally: Tally = Object.fromEntries(
          Object.entries(answers).map(([questionId, answer]) => [questionId, { [answer]: 1 }]),
        );
        const own = ownThemeScores(answers);
        for (const theme of tallyThemeStats(questionnaire, tally)) {
          const mine = own.get(theme.themeId);
          if (!mine || mine.counted === 0) expect(theme.summary).toBeNull();
          // A theme too thin for the scan: see the test below (the tally has no such rule yet).
          else if (mine.score === null) continue;
          else {
            // Don't know and not applicable votes are cast but, as in a scan, never counted.
            expect(theme.summary?.n).toBe(mine.counted);
            expectSameScore(theme.summary?.mean, mine.score);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('summarises all votes of a theme, reverse statements flipped', () => {
    const stats = tallyThemeStats(questionnaire, {
      'leadership.q6': { 'completely-true': 2 }, // reverse: counts as 0
      'leadership.q7': { 'completely-true': 2, 'dont-know': 3 }, // 100; don't know not counted
      'leadership.q8': { 'not-true': 1, 'completely-true': 1 }, // 0 and 100
    });
    const leadership = stats.find((theme) => theme.themeId === 'leadership');
    expect(leadership?.summary).toMatchObject({ n: 6, mean: 50, min: 0, max: 100 });
    expect(leadership?.disagree).toBe(true);
  });

  // The one rule for thin themes holds for a tally too: votes on one statement of six give no
  // score, votes on three do; statements voted only "not applicable" drop out of what applies.
  it('gives no score to a theme with votes on fewer than half of its statements', () => {
    const leadership = (tally: Record<string, Record<string, number>>) =>
      tallyThemeStats(questionnaire, tally).find((theme) => theme.themeId === 'leadership');
    expect(leadership({ 'leadership.q7': { 'mostly-true': 5 } })?.summary).toBeNull();
    expect(
      leadership({
        'leadership.q7': { 'mostly-true': 5 },
        'leadership.q8': { 'not-true': 2 },
        'leadership.q9': { 'partly-true': 1 },
      })?.summary?.n,
    ).toBe(8);
    const onlyNotApplicable = Object.fromEntries(
      ['leadership.q8', 'leadership.q9', 'leadership.q10', 'leadership.q11'].map((id) => [
        id,
        { 'not-applicable': 3 },
      ]),
    );
    expect(
      leadership({ ...onlyNotApplicable, 'leadership.q7': { 'mostly-true': 5 } })?.summary?.n,
    ).toBe(5);
  });
});

describe('group advice', () => {
  it('talk first where the group disagrees; act on weak agreed themes; keep strong agreed ones', () => {
    const theme = (themeId: string, mean: number, disagree: boolean) => ({
      themeId,
      areaId: 'a',
      disagree,
      summary: {
        n: 3,
        mean,
        median: mean,
        min: mean,
        max: mean,
        q1: mean,
        q3: mean,
        sd: disagree ? 30 : 5,
      },
    });
    const grouped = groupAdvice(
      [
        theme('leadership', 20, false),
        theme('upscaling', 30, true),
        theme('recognition', 85, false),
        theme('member-loyalty', 55, false),
      ],
      advice,
      { size: 'small', staff: 'none', noLegalForm: false },
    );
    expect(grouped.talk.map((a) => a.themeId)).toEqual(['upscaling']);
    expect(grouped.act.map((a) => a.themeId)).toEqual(['leadership', 'member-loyalty']);
    expect(grouped.keep.map((a) => a.themeId)).toEqual(['recognition']);
    const [first, second] = grouped.act;
    expect(first?.kind === 'act' && first.advice).toMatchObject({
      themeId: 'leadership',
      level: 'low',
      // Chosen for a small collective without paid staff.
      tunedBy: ['size', 'staff'],
    });
    expect(second?.kind === 'act' && second.advice).toMatchObject({
      level: 'middle',
      tunedBy: [],
    });
    const keep = grouped.keep[0];
    expect(keep?.kind === 'keep' && keep.advice?.level).toBe('high');
  });

  it('advises only on themes with a summary: a theme with too few answers gets none', () => {
    const grouped = groupAdvice(
      [
        {
          themeId: 'leadership',
          areaId: 'a',
          disagree: false,
          summary: null,
        },
      ],
      advice,
      { size: 'small', staff: 'none', noLegalForm: false },
    );
    expect(grouped).toEqual({ act: [], talk: [], keep: [] });
  });
});

describe('discussion mode', () => {
  const leadership = questions.filter((question) => question.id.startsWith('leadership.'));
  /** Middle answers everywhere, with the given statements at their best or worst. */
  const respondent = (extremes: readonly string[], want: 'high' | 'low') => {
    const answers: Answers = makeAnswers(() => 2);
    for (const id of extremes) answers[id] = extremeAnswer(id, want);
    return encodeAnswers(layout, answers);
  };
  const allLeadership = leadership.map((question) => question.id);

  it('lists only the disputed themes, widest spread first', () => {
    // Two camps on leadership, agreement elsewhere.
    const split = [
      respondent(allLeadership, 'high'),
      respondent(allLeadership, 'high'),
      respondent(allLeadership, 'low'),
      respondent(allLeadership, 'low'),
    ];
    const stats = groupThemeStats(questionnaire, split);
    expect(disputedThemes(stats).map((theme) => theme.themeId)).toEqual(['leadership']);
    // Everything flagged: still ordered by spread, widest first.
    const sds = disputedThemes(stats.map((theme) => ({ ...theme, disagree: true }))).map(
      (theme) => theme.summary?.sd ?? 0,
    );
    expect(sds[0]).toBeGreaterThan(DISAGREEMENT_SD);
    expect(sds).toEqual([...sds].sort((a, b) => b - a));
  });

  it('ranks the statements of a theme by how far apart people are', () => {
    const third = leadership[2]?.id ?? '';
    const spreads = statementSpreads(questionnaire, 'leadership', {
      encoded: [respondent([third], 'high'), respondent([third], 'low')],
    });
    expect(spreads).toHaveLength(leadership.length);
    expect(spreads[0]?.questionId).toBe(third);
    expect(spreads[0]?.summary).toMatchObject({ n: 2, min: 0, max: 100, sd: 50 });
    expect(spreads.slice(1).every((spread) => spread.summary.sd === 0)).toBe(true);
  });

  it('reads the spread of a tally from its votes', () => {
    const spreads = statementSpreads(questionnaire, 'leadership', {
      tally: { 'leadership.q7': { 'not-true': 1, 'completely-true': 1 } },
    });
    expect(spreads).toEqual([
      { questionId: 'leadership.q7', summary: expect.objectContaining({ n: 2, sd: 50 }) },
    ]);
  });
});
