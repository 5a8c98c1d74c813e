import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { questionnaire as realQuestionnaire } from '@/content/questionnaire';
import {
  allQuestions,
  optionsOf,
  type Questionnaire,
  questionnaireSchema,
} from '@/domain/questionnaire';
import { answerValue, scoreAssessment, weakestThemes } from '@/domain/scoring';

const scale = [
  { id: 'strongly-disagree', score: 0 },
  { id: 'disagree', score: 0.25 },
  { id: 'neutral', score: 0.5 },
  { id: 'agree', score: 0.75 },
  { id: 'strongly-agree', score: 1 },
];
const agree = (id: string, reverse = false) => ({ kind: 'agreement' as const, id, reverse });

/** A small questionnaire: two areas, three themes, one reverse item and one choice question. */
const small: Questionnaire = questionnaireSchema.parse({
  version: 'test',
  agreementScale: scale,
  areas: [
    {
      id: 'a',
      themes: [
        {
          id: 'one',
          questions: [agree('one.q1'), agree('one.q2'), agree('one.q3', true), agree('one.q4')],
        },
        {
          id: 'two',
          questions: [
            agree('two.q1'),
            agree('two.q2'),
            agree('two.q3'),
            {
              kind: 'choice',
              id: 'two.q4',
              options: [
                { id: 'low', score: 0 },
                { id: 'mid', score: 0.5 },
                { id: 'top', score: 1 },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'b',
      themes: [
        {
          id: 'three',
          questions: [agree('three.q1'), agree('three.q2'), agree('three.q3'), agree('three.q4')],
        },
      ],
    },
  ],
});

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
const answerFor = (index: number) => {
  const question = questions[index];
  if (!question) throw new Error('no question');
  return fc.constantFrom(
    ...optionsOf(realQuestionnaire, question).map((option) => option.id),
    'dont-know',
    'not-applicable',
  );
};
const answersArbitrary = fc
  .tuple(...questions.map((_, index) => fc.option(answerFor(index), { nil: undefined })))
  .map((values) => {
    const answers: Record<string, string> = {};
    values.forEach((value, index) => {
      const question = questions[index];
      if (value !== undefined && question) answers[question.id] = value;
    });
    return answers;
  });

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

  it('the order in which answers were given does not matter', () => {
    fc.assert(
      fc.property(
        answersArbitrary.chain((answers) =>
          fc.tuple(
            fc.constant(answers),
            fc.shuffledSubarray(Object.entries(answers), {
              minLength: Object.keys(answers).length,
            }),
          ),
        ),
        ([answers, shuffled]) => {
          const reordered = Object.fromEntries(shuffled);
          expect(scoreAssessment(realQuestionnaire, reordered)).toEqual(
            scoreAssessment(realQuestionnaire, answers),
          );
        },
      ),
    );
  });
});
