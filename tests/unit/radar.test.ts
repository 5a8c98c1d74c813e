import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { toGroupRadarSeries, toRadarSeries } from '@/domain/radar';
import { scoreAssessment } from '@/domain/scoring';

describe('toRadarSeries', () => {
  it('gives one rounded point per theme, and no point where a theme has no score', () => {
    const series = toRadarSeries(
      scoreAssessment(questionnaire, { 'leadership.q2': 'agree', 'leadership.q3': 'neutral' }),
    );
    expect(series).toHaveLength(12);
    expect(series.find((p) => p.themeId === 'leadership')).toMatchObject({ score: 63 });
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
