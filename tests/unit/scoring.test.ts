import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire as realQuestionnaire } from '@/content/questionnaire';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import { answerValue, scoreAssessment, weakestThemes } from '@/domain/scoring';
import { arbitraryAnswers } from '../helpers/answers';
import { smallQuestionnaire } from '../helpers/small-questionnaire';

const small = smallQuestionnaire;

const themeScore = (answers: Record<string, string>, themeId: string) =>
  scoreAssessment(small, answers).themes.find((theme) => theme.themeId === themeId);

describe('scoreAssessment: examples', () => {
  it.each([
    ['no answers: no score, not 0', {}, null, 0],
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
    ],
    ['reverse item flipped', { 'one.q3': 'strongly-agree' }, 0, 1],
    ['reverse item disagree counts high', { 'one.q3': 'disagree' }, 75, 1],
    ['mean of counted answers', { 'one.q1': 'agree', 'one.q2': 'neutral' }, 62.5, 2],
    ["don't know is left out", { 'one.q1': 'agree', 'one.q2': 'dont-know' }, 75, 1],
    ['not applicable is left out', { 'one.q1': 'disagree', 'one.q2': 'not-applicable' }, 25, 1],
    [
      'only excluded answers: no score',
      { 'one.q1': 'dont-know', 'one.q2': 'not-applicable' },
      null,
      0,
    ],
    ['unknown option ignored', { 'one.q1': 'maybe', 'one.q2': 'agree' }, 75, 1],
  ])('%s', (_label, answers, expected, counted) => {
    const theme = themeScore(answers as Record<string, string>, 'one');
    expect(theme?.score).toBe(expected);
    expect(theme?.counted).toBe(counted);
  });

  it('scores a choice question by its option', () => {
    expect(themeScore({ 'two.q4': 'mid' }, 'two')?.score).toBe(50);
    expect(themeScore({ 'two.q4': 'top', 'two.q1': 'strongly-disagree' }, 'two')?.score).toBe(50);
  });

  it('counts excluded answers and coverage per theme', () => {
    const theme = themeScore(
      { 'one.q1': 'agree', 'one.q2': 'dont-know', 'one.q3': 'not-applicable' },
      'one',
    );
    expect(theme).toMatchObject({ counted: 1, excluded: 2, total: 4, coverage: 0.25 });
  });

  it('area score is the mean of its scored themes; overall is the mean of area scores', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'strongly-agree', // theme one = 100
      'two.q1': 'disagree', // theme two = 25
      'three.q1': 'neutral', // theme three = 50
    });
    expect(scores.areas.map((area) => area.score)).toEqual([62.5, 50]);
    expect(scores.overall).toBe(56.25);
  });

  it('an area without scored themes has no score and does not pull the overall down', () => {
    const scores = scoreAssessment(small, { 'one.q1': 'agree' });
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
      'two.q1': 'strongly-disagree',
      'two.q2': 'disagree',
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

  it('skips themes with less than half their statements counted', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'strongly-disagree', // one answer of four: too few
      'two.q1': 'agree',
      'two.q2': 'agree',
      'three.q1': 'disagree',
      'three.q2': 'disagree',
    });
    expect(weakestThemes(scores).map((theme) => theme.themeId)).toEqual(['three', 'two']);
  });

  it('breaks ties by more counted answers, then questionnaire order', () => {
    const scores = scoreAssessment(small, {
      'one.q1': 'neutral',
      'one.q2': 'neutral',
      'two.q1': 'neutral',
      'two.q2': 'neutral',
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

/**
 * The scores worked out again, independently, from the content data alone: a statement's value
 * is its option's score (1 − score for a reverse agreement statement); a theme is the mean of its
 * values × 100; an area the mean of its scored themes; overall the mean of the scored areas.
 */
function expectedScores(answers: Record<string, string>) {
  const average = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
  const themes = new Map<string, { score: number | null; counted: number; excluded: number }>();
  const areas = new Map<string, number | null>();
  for (const area of realQuestionnaire.areas) {
    const areaThemeScores: number[] = [];
    for (const theme of area.themes) {
      const values: number[] = [];
      let excluded = 0;
      for (const question of theme.questions) {
        const answer = answers[question.id];
        if (answer === 'dont-know' || answer === 'not-applicable') excluded += 1;
        const scale =
          question.kind === 'choice' ? question.options : realQuestionnaire.agreementScale;
        const option = scale.find((candidate) => candidate.id === answer);
        if (!option) continue;
        values.push(
          question.kind === 'agreement' && question.reverse ? 1 - option.score : option.score,
        );
      }
      const mean = average(values);
      const score = mean === null ? null : mean * 100;
      themes.set(theme.id, { score, counted: values.length, excluded });
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
        const themeId = question.id.split('.')[0];
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

  it('each theme, area and overall score is what the content data gives, reverse statements flipped', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const scores = scoreAssessment(realQuestionnaire, answers);
        const expected = expectedScores(answers);
        expect(scores.themes.map((theme) => theme.themeId)).toEqual([...expected.themes.keys()]);
        for (const theme of scores.themes) {
          const want = expected.themes.get(theme.themeId);
          expectClose(theme.score, want?.score);
          expect([theme.counted, theme.excluded]).toEqual([want?.counted, want?.excluded]);
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
        const before = scoreAssessment(realQuestionnaire, answers);
        const after = scoreAssessment(realQuestionnaire, {
          ...answers,
          [question.id]: 'dont-know',
        });
        for (const [position, theme] of after.themes.entries()) {
          const old = before.themes[position];
          if (!old) throw new Error('the same themes before and after');
          if (!question.id.startsWith(`${theme.themeId}.`)) {
            expect(theme).toEqual(old);
            continue;
          }
          expect(theme.counted).toBe(old.counted - (wasCounted ? 1 : 0));
          expect(theme.excluded).toBe(old.excluded + (wasExcluded ? 0 : 1));
          expect(theme.total).toBe(old.total);
          if (!wasCounted) expect(theme.score).toBe(old.score);
        }
      }),
      { numRuns: 300 },
    );
  });
});
