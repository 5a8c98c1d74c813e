import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire as realQuestionnaire } from '@/content/questionnaire';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import {
  answerValue,
  hasEnoughAnswers,
  scoreAssessment,
  themeScoreFrom,
  weakestThemes,
} from '@/domain/scoring';
import { arbitraryAnswers } from '../helpers/answers';
import { smallQuestionnaire } from '../helpers/small-questionnaire';

const small = smallQuestionnaire;

const themeScore = (answers: Record<string, string>, themeId: string) =>
  scoreAssessment(small, answers).themes.find((theme) => theme.themeId === themeId);

describe('the rule for thin themes', () => {
  it.each([
    [0, 0, false],
    [0, 4, false],
    [1, 4, false],
    [2, 4, true],
    [4, 4, true],
    [1, 3, false],
    [2, 3, true],
    [1, 2, true],
    [1, 1, true],
    [2, 5, false],
    [3, 5, true],
  ])('%i counted of %i applicable: enough is %s', (counted, applicable, enough) => {
    expect(hasEnoughAnswers({ counted, applicable })).toBe(enough);
    const score = themeScoreFrom(counted * 0.5, counted, applicable);
    expect(score).toBe(enough ? 50 : null);
  });
});

describe('scoreAssessment: examples', () => {
  // Theme `one` has four agreement statements; `one.q3` is reverse-worded.
  it.each([
    ['no answers: no score, not 0', {}, null, 0, 4],
    [
      'all strongly agree',
      {
        'one.q1': 'strongly-agree',
        'one.q2': 'strongly-agree',
        'one.q3': 'strongly-disagree',
        'one.q4': 'strongly-agree',
      },
      100,
      4,
      4,
    ],
    ['reverse item flipped', { 'one.q1': 'strongly-agree', 'one.q3': 'strongly-agree' }, 50, 2, 4],
    ['reverse item disagree counts high', { 'one.q1': 'agree', 'one.q3': 'disagree' }, 75, 2, 4],
    ['mean of counted answers', { 'one.q1': 'agree', 'one.q2': 'neutral' }, 62.5, 2, 4],
    [
      "don't know is left out of the score",
      { 'one.q1': 'agree', 'one.q2': 'dont-know', 'one.q4': 'neutral' },
      62.5,
      2,
      4,
    ],
    ['one answer of four is too few: no score', { 'one.q1': 'strongly-disagree' }, null, 1, 4],
    [
      "don't know still counts as missing: one of four is too few",
      { 'one.q1': 'agree', 'one.q2': 'dont-know', 'one.q3': 'dont-know', 'one.q4': 'dont-know' },
      null,
      1,
      4,
    ],
    [
      'not applicable takes statements out: one of two applicable is enough',
      { 'one.q1': 'disagree', 'one.q2': 'not-applicable', 'one.q3': 'not-applicable' },
      25,
      1,
      2,
    ],
    [
      'only excluded answers: no score',
      { 'one.q1': 'dont-know', 'one.q2': 'not-applicable' },
      null,
      0,
      3,
    ],
    [
      'nothing applies: no score',
      {
        'one.q1': 'not-applicable',
        'one.q2': 'not-applicable',
        'one.q3': 'not-applicable',
        'one.q4': 'not-applicable',
      },
      null,
      0,
      0,
    ],
    [
      'unknown option ignored',
      { 'one.q1': 'maybe', 'one.q2': 'agree', 'one.q4': 'agree' },
      75,
      2,
      4,
    ],
  ])('%s', (_label, answers, expected, counted, applicable) => {
    const theme = themeScore(answers as Record<string, string>, 'one');
    expect(theme?.score).toBe(expected);
    expect(theme?.counted).toBe(counted);
    expect(theme?.applicable).toBe(applicable);
  });

  it('scores a truth or frequency statement by its own scale, and ignores an option of another scale', () => {
    // two.q1: truth scale; two.q2: frequency scale.
    expect(themeScore({ 'two.q1': 'mostly-true', 'two.q2': 'rarely' }, 'two')?.score).toBe(50);
    expect(themeScore({ 'two.q1': 'completely-true', 'two.q2': 'always' }, 'two')?.score).toBe(100);
    expect(
      themeScore({ 'two.q1': 'agree', 'two.q2': 'always', 'two.q3': 'agree' }, 'two'),
    ).toMatchObject({ score: 87.5, counted: 2 });
  });

  it('scores a choice question by its option', () => {
    expect(themeScore({ 'two.q4': 'mid', 'two.q3': 'neutral' }, 'two')?.score).toBe(50);
    expect(themeScore({ 'two.q4': 'top', 'two.q1': 'not-true' }, 'two')?.score).toBe(50);
  });

  it('counts excluded answers and the statements that apply per theme', () => {
    expect(
      themeScore({ 'one.q1': 'agree', 'one.q2': 'dont-know', 'one.q3': 'not-applicable' }, 'one'),
    ).toEqual({
      themeId: 'one',
      areaId: 'a',
      // One counted answer of three statements that apply: too few.
      score: null,
      counted: 1,
      excluded: 2,
      total: 4,
      applicable: 3,
    });
    expect(
      themeScore(
        { 'one.q1': 'agree', 'one.q2': 'agree', 'one.q3': 'not-applicable', 'one.q4': 'dont-know' },
        'one',
      ),
    ).toMatchObject({ score: 75, counted: 2, excluded: 2, total: 4, applicable: 3 });
  });

  it('area score is the mean of its scored themes; overall is the mean of area scores', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'strongly-agree', // theme one = 100
      'one.q2': 'strongly-agree',
      'two.q1': 'slightly-true', // theme two = 25
      'two.q2': 'rarely',
      'three.q1': 'neutral', // theme three = 50
      'three.q2': 'neutral',
    });
    expect(scores.areas.map((area) => area.score)).toEqual([62.5, 50]);
    expect(scores.overall).toBe(56.25);
  });

  it('leaves a thin theme out of its area: no score, and not a 0 pulling the area down', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'agree', // theme one = 75
      'one.q2': 'agree',
      'two.q1': 'not-true', // theme two: one answer of four, too few
    });
    expect(scores.themes.map((theme) => theme.score)).toEqual([75, null, null]);
    expect(scores.areas.map((area) => area.score)).toEqual([75, null]);
    expect(scores.overall).toBe(75);
  });
});

describe('weakestThemes', () => {
  it('has none when nothing is answered', () => {
    expect(weakestThemes(scoreAssessment(realQuestionnaire, {}))).toEqual([]);
  });

  it('takes the lowest themes, lowest first, at most the number asked', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'agree',
      'one.q2': 'agree',
      'two.q1': 'not-true',
      'two.q2': 'rarely',
      'three.q1': 'neutral',
      'three.q2': 'neutral',
    });
    expect(weakestThemes(scores).map((theme) => [theme.themeId, theme.score])).toEqual([
      ['two', 12.5],
      ['three', 50],
      ['one', 75],
    ]);
    expect(weakestThemes(scores, 2)).toHaveLength(2);
  });

  it('skips themes with too few answers, however low their answers', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'strongly-disagree', // one answer of four: too few
      'two.q1': 'mostly-true',
      'two.q2': 'often',
      'three.q1': 'disagree',
      'three.q2': 'disagree',
    });
    expect(weakestThemes(scores).map((theme) => theme.themeId)).toEqual(['three', 'two']);
  });

  it('breaks ties by more counted answers, then questionnaire order', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'neutral',
      'one.q2': 'neutral',
      'two.q1': 'partly-true',
      'two.q2': 'sometimes',
      'two.q3': 'neutral',
      'three.q1': 'neutral',
      'three.q2': 'neutral',
    });
    expect(weakestThemes(scores).map((theme) => theme.themeId)).toEqual(['two', 'one', 'three']);
  });
});

// Property tests over the real questionnaire.
const questions = allQuestions(realQuestionnaire);
const answersArbitrary = arbitraryAnswers();

type ExpectedTheme = {
  score: number | null;
  counted: number;
  excluded: number;
  applicable: number;
};

/**
 * The scores worked out again, independently, from the content data alone: a statement's value
 * is its option's score on the statement's own scale (1 − score for a reverse statement); a theme
 * is the mean of its values × 100 when at least half of the statements that apply (all but those
 * answered "not applicable") have a counted answer, and has no score otherwise; an area is the
 * mean of its scored themes; overall the mean of the scored areas.
 */
function expectedScores(answers: Record<string, string>) {
  const average = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
  const themes = new Map<string, ExpectedTheme>();
  const areas = new Map<string, number | null>();
  for (const area of realQuestionnaire.areas) {
    const areaThemeScores: number[] = [];
    for (const theme of area.themes) {
      const values: number[] = [];
      let excluded = 0;
      let notApplicable = 0;
      for (const question of theme.questions) {
        const answer = answers[question.id];
        if (answer === 'dont-know' || answer === 'not-applicable') excluded += 1;
        if (answer === 'not-applicable') notApplicable += 1;
        const scale =
          question.kind === 'choice' ? question.options : realQuestionnaire.scales[question.scale];
        const option = scale.find((candidate) => candidate.id === answer);
        if (!option) continue;
        values.push(
          question.kind === 'scale' && question.reverse ? 1 - option.score : option.score,
        );
      }
      const applicable = theme.questions.length - notApplicable;
      const mean = average(values);
      const enough = values.length > 0 && values.length >= applicable / 2;
      const score = mean === null || !enough ? null : mean * 100;
      themes.set(theme.id, { score, counted: values.length, excluded, applicable });
      if (score !== null) areaThemeScores.push(score);
    }
    areas.set(area.id, average(areaThemeScores));
  }
  const overall = average([...areas.values()].filter((score) => score !== null));
  return { themes, areas, overall };
}

const expectClose = (actual: number | null | undefined, expected: number | null | undefined) => {
  if (expected === null || expected === undefined) expect(actual ?? null).toBeNull();
  else expect(actual).toBeCloseTo(expected, 10);
};

const themeOf = (questionId: string) => questionId.split('.')[0];

describe('scoreAssessment: properties', () => {
  it('every score is within 0–100 or absent', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const scores = scoreAssessment(realQuestionnaire, answers);
        const all = [
          scores.overall,
          ...scores.areas.map((a) => a.score),
          ...scores.themes.map((t) => t.score),
        ];
        for (const score of all) {
          if (score !== null) {
            expect(score).toBeGreaterThanOrEqual(0);
            expect(score).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('raising one answer never lowers its theme score', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.nat(questions.length - 1), (answers, index) => {
        const question = questions[index];
        if (!question) return;
        const themeId = themeOf(question.id);
        const current = answerValue(realQuestionnaire, question, answers[question.id]);
        for (const option of optionsOf(realQuestionnaire, question)) {
          const raised = answerValue(realQuestionnaire, question, option.id);
          if (current === null || raised === null || raised < current) continue;
          const before = scoreAssessment(realQuestionnaire, answers).themes.find(
            (t) => t.themeId === themeId,
          );
          const after = scoreAssessment(realQuestionnaire, {
            ...answers,
            [question.id]: option.id,
          }).themes.find((t) => t.themeId === themeId);
          expect(after?.score ?? 0).toBeGreaterThanOrEqual((before?.score ?? 0) - 1e-9);
        }
      }),
    );
  });

  it('each theme, area and overall score is what the content data gives, reverse statements flipped and thin themes left out', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const scores = scoreAssessment(realQuestionnaire, answers);
        const expected = expectedScores(answers);
        expect(scores.themes.map((theme) => theme.themeId)).toEqual([...expected.themes.keys()]);
        for (const theme of scores.themes) {
          const want = expected.themes.get(theme.themeId);
          expectClose(theme.score, want?.score);
          expect([theme.counted, theme.excluded, theme.applicable]).toEqual([
            want?.counted,
            want?.excluded,
            want?.applicable,
          ]);
        }
        for (const area of scores.areas) expectClose(area.score, expected.areas.get(area.areaId));
        expectClose(scores.overall, expected.overall);
      }),
      { numRuns: 200 },
    );
  });

  it("answering don't know changes no other theme and takes exactly that answer out of the count", () => {
    fc.assert(
      fc.property(answersArbitrary, fc.nat(questions.length - 1), (answers, index) => {
        const question = questions[index];
        if (!question) return;
        const previous = answers[question.id];
        const wasCounted = answerValue(realQuestionnaire, question, previous) !== null;
        const wasExcluded = previous === 'dont-know' || previous === 'not-applicable';
        const wasNotApplicable = previous === 'not-applicable';
        const before = scoreAssessment(realQuestionnaire, answers);
        const after = scoreAssessment(realQuestionnaire, {
          ...answers,
          [question.id]: 'dont-know',
        });
        for (const [position, theme] of after.themes.entries()) {
          const old = before.themes[position];
          if (!old) throw new Error('the same themes before and after');
          if (themeOf(question.id) !== theme.themeId) {
            expect(theme).toEqual(old);
            continue;
          }
          expect(theme.counted).toBe(old.counted - (wasCounted ? 1 : 0));
          expect(theme.excluded).toBe(old.excluded + (wasExcluded ? 0 : 1));
          expect(theme.total).toBe(old.total);
          // "Not applicable" took the statement out; "don't know" counts it as missing again.
          expect(theme.applicable).toBe(old.applicable + (wasNotApplicable ? 1 : 0));
          if (!wasCounted && !wasNotApplicable) expect(theme.score).toBe(old.score);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('marking an open statement not applicable keeps a scored theme at its score, and never makes a theme too thin', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.nat(questions.length - 1), (answers, index) => {
        const question = questions[index];
        if (!question) return;
        const previous = answers[question.id];
        if (previous !== undefined && previous !== 'dont-know') return;
        const themeId = themeOf(question.id);
        const find = (given: Record<string, string>) =>
          scoreAssessment(realQuestionnaire, given).themes.find((t) => t.themeId === themeId);
        const before = find(answers);
        const after = find({ ...answers, [question.id]: 'not-applicable' });
        expect(after?.applicable).toBe((before?.applicable ?? 0) - 1);
        expect(after?.counted).toBe(before?.counted);
        if (before?.score !== null && before?.score !== undefined)
          expect(after?.score).toBe(before.score);
      }),
      { numRuns: 300 },
    );
  });
});
