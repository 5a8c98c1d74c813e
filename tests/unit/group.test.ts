import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceRules } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import { decodeAnswers, encodeAnswers } from '@/domain/compact-answers';
import {
  answerCounts,
  DISAGREEMENT_SD,
  groupAdvice,
  groupThemeStats,
  tallyThemeStats,
} from '@/domain/group';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import { scoreAssessment } from '@/domain/scoring';
import { summarize } from '@/domain/stats';
import { extremeAnswer, makeAnswers } from '../helpers/answers';

const questions = allQuestions(questionnaire);
const encoded = (pick: (themeId: string, index: number) => number | string) =>
  encodeAnswers(questionnaire, makeAnswers(pick));

describe('summarize', () => {
  it.each([
    [[], null],
    [[50], { n: 1, mean: 50, median: 50, min: 50, max: 50, q1: 50, q3: 50, sd: 0 }],
    [[0, 100], { n: 2, mean: 50, median: 50, min: 0, max: 100, q1: 25, q3: 75, sd: 50 }],
    [[10, 20, 30, 40], { n: 4, mean: 25, median: 25, min: 10, max: 40, q1: 17.5, q3: 32.5 }],
  ])('%j', (values, expected) => {
    const summary = summarize(values);
    if (expected === null) expect(summary).toBeNull();
    else expect(summary).toMatchObject(expected);
  });

  it('the order of values does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }),
        fc.integer(),
        (values, seed) => {
          const shuffled = [...values].sort(() => (seed % 3) - 1);
          expect(summarize(shuffled)).toEqual(summarize(values));
        },
      ),
    );
  });

  it('adding a value equal to the mean leaves the mean unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 }), (values) => {
        const before = summarize(values);
        const after = summarize([...values, before?.mean ?? 0]);
        expect(after?.mean).toBeCloseTo(before?.mean ?? 0, 9);
      }),
    );
  });
});

describe('compact answers', () => {
  it('round-trips any answers', () => {
    const answerArbitrary = fc.tuple(
      ...questions.map((question) =>
        fc.option(
          fc.constantFrom(
            ...optionsOf(questionnaire, question).map((o) => o.id),
            'dont-know',
            'not-applicable',
          ),
          { nil: undefined },
        ),
      ),
    );
    fc.assert(
      fc.property(answerArbitrary, (values) => {
        const answers = Object.fromEntries(
          values.flatMap((value, index) =>
            value === undefined ? [] : [[questions[index]?.id ?? '', value]],
          ),
        );
        const text = encodeAnswers(questionnaire, answers);
        expect(text).toHaveLength(questions.length);
        expect(decodeAnswers(questionnaire, text)).toEqual({ ok: true, data: answers });
      }),
    );
  });

  it.each([
    ['too short', '012', 'length'],
    ['unknown character', 'x'.repeat(questions.length), 'character'],
    ['option out of range', '9'.repeat(questions.length), 'character'],
  ])('refuses %s', (_label, text, reason) => {
    expect(decodeAnswers(questionnaire, text)).toEqual({ ok: false, reason });
  });
});

describe('group statistics', () => {
  const allAgree = encoded(() => 3);

  it('matches the individual scoring for one respondent', () => {
    const answers = makeAnswers((_theme, index) => index % 5);
    const stats = groupThemeStats(questionnaire, [encodeAnswers(questionnaire, answers)]);
    const single = scoreAssessment(questionnaire, answers);
    for (const [index, theme] of stats.entries()) {
      expect(theme.summary?.mean).toBeCloseTo(single.themes[index]?.score ?? Number.NaN, 9);
    }
  });

  it('disagreement is 0 and nothing is flagged when all agree', () => {
    const stats = groupThemeStats(questionnaire, [allAgree, allAgree, allAgree]);
    for (const theme of stats) {
      expect(theme.summary?.sd).toBe(0);
      expect(theme.disagree).toBe(false);
      expect(theme.summary?.n).toBe(3);
    }
  });

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
      encodeAnswers(questionnaire, low),
      encodeAnswers(questionnaire, leadershipHigh),
      encodeAnswers(questionnaire, leadershipHigh),
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

  it("counts answers per statement, including don't know", () => {
    const list = [encoded(() => 3), encoded(() => 3), encoded(() => 'dont-know'), encoded(() => 0)];
    expect(answerCounts(questionnaire, list, 'leadership.q2')).toEqual({
      counts: { agree: 2, 'dont-know': 1, 'strongly-disagree': 1 },
      answered: 4,
    });
  });
});

describe('tally statistics', () => {
  it('summarises all votes of a theme, reverse statements flipped', () => {
    const stats = tallyThemeStats(questionnaire, {
      'leadership.q1': { 'strongly-agree': 2 }, // reverse: counts as 0
      'leadership.q2': { 'strongly-agree': 2 }, // 100
    });
    const leadership = stats.find((theme) => theme.themeId === 'leadership');
    expect(leadership?.summary).toMatchObject({ n: 4, mean: 50, min: 0, max: 100 });
    expect(leadership?.disagree).toBe(true);
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
    const advice = groupAdvice(
      [
        theme('leadership', 20, false),
        theme('upscaling', 30, true),
        theme('recognition', 85, false),
        theme('member-loyalty', 55, false),
      ],
      adviceRules,
      'small',
    );
    expect(advice.talk.map((a) => a.themeId)).toEqual(['upscaling']);
    expect(advice.act.map((a) => a.themeId)).toEqual(['leadership', 'member-loyalty']);
    expect(advice.keep.map((a) => a.themeId)).toEqual(['recognition']);
    const first = advice.act[0];
    expect(first?.kind === 'act' && first.advice?.level).toBe('low');
  });
});
