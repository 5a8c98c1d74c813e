import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { toGroupRadarSeries, toRadarSeries } from '@/domain/radar';
import { scoreAssessment } from '@/domain/scoring';

describe('toRadarSeries', () => {
  it('gives one rounded point per theme, and no point where a theme has too few answers', () => {
    const series = toRadarSeries(
      scoreAssessment(questionnaire, {
        // Three of six: (75 + 50 + 50) / 3 = 58.33.
        'leadership.q7': 'mostly-true',
        'leadership.q8': 'partly-true',
        'leadership.q10': 'partly-true',
        // One of six: too few, so no point at 100 (nor at 0).
        'upscaling.q7': 'completely-true',
      }),
    );
    expect(series).toHaveLength(12);
    expect(series.find((p) => p.themeId === 'leadership')).toEqual({
      themeId: 'leadership',
      areaId: 'internal-operation',
      score: 58,
    });
    expect(series.find((p) => p.themeId === 'upscaling')).toMatchObject({ score: null });
    expect(series.find((p) => p.themeId === 'recognition')).toMatchObject({ score: null });
  });
});

describe('toGroupRadarSeries', () => {
  it('rounds mean, lowest and highest, and keeps gaps for respondents without a score', () => {
    const series = toGroupRadarSeries(
      [
        { themeId: 'a', summary: { mean: 50.5, min: 12.4, max: 87.6 } },
        { themeId: 'b', summary: null },
      ],
      [
        [40, Number.NaN],
        [61.2, 30],
      ],
    );
    expect(series).toEqual([
      { themeId: 'a', mean: 51, min: 12, max: 88, respondents: [40, 61] },
      { themeId: 'b', mean: null, min: null, max: null, respondents: [null, 30] },
    ]);
  });
});
