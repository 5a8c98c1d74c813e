import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { levelOf, pickAdvice, sizeOf } from '@/domain/advice';
import { toRadarSeries } from '@/domain/radar';
import { scoreAssessment } from '@/domain/scoring';
import { languageFromBrowser } from '@/domain/settings';

describe('advice selection', () => {
  it.each([
    [0, 'low'],
    [39.9, 'low'],
    [40, 'middle'],
    [69.9, 'middle'],
    [70, 'high'],
    [100, 'high'],
  ] as const)('score %d is level %s', (score, level) => {
    expect(levelOf(score)).toBe(level);
  });

  it.each([
    [undefined, 'small'],
    [1, 'small'],
    [249, 'small'],
    [250, 'large'],
    [5000, 'large'],
  ] as const)('%s members is %s', (members, size) => {
    expect(sizeOf(members)).toBe(size);
  });

  it('prefers the rule for the size and falls back to a general one', () => {
    const rules = [
      { themeId: 't', level: 'low' as const, size: 'any' as const, steps: ['s1', 's2'] },
      { themeId: 't', level: 'low' as const, size: 'large' as const, steps: ['s1', 's2', 's3'] },
    ];
    expect(pickAdvice(rules, 't', 10, 'large')?.stepKeys).toEqual([
      't.low.large.s1',
      't.low.large.s2',
      't.low.large.s3',
    ]);
    expect(pickAdvice(rules, 't', 10, 'small')?.stepKeys).toEqual(['t.low.any.s1', 't.low.any.s2']);
    expect(pickAdvice(rules, 't', 80, 'small')).toBeNull();
  });
});

describe('toRadarSeries', () => {
  it('gives one rounded point per theme, 0 with no score where a theme has no answers', () => {
    const series = toRadarSeries(
      scoreAssessment(questionnaire, { 'leadership.q2': 'agree', 'leadership.q3': 'neutral' }),
    );
    expect(series).toHaveLength(12);
    expect(series.find((p) => p.themeId === 'leadership')).toMatchObject({ score: 63, value: 63 });
    expect(series.find((p) => p.themeId === 'recognition')).toMatchObject({
      score: null,
      value: 0,
    });
  });
});

describe('languageFromBrowser', () => {
  it.each([
    [['nl-NL', 'en'], 'nl'],
    [['nl-BE'], 'nl'],
    [['en-GB', 'nl'], 'en'],
    [['de-DE', 'nl'], 'nl'],
    [['fr'], 'en'],
    [[], 'en'],
  ] as const)('%j gives %s', (preferred, language) => {
    expect(languageFromBrowser(preferred)).toBe(language);
  });
});
