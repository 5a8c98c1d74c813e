import { useTranslation } from 'react-i18next';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import type { GroupRadarPoint } from '@/domain/radar';

type GroupRadarProps = {
  series: GroupRadarPoint[];
  showRespondents: boolean;
  respondentLabels: string[];
};

/**
 * The group on a radar: a solid line for the mean, a shaded band from lowest to highest, and, on
 * request, each respondent as a thin dashed line. Line styles differ, so colour is never the only cue.
 */
export function GroupRadar({ series, showRespondents, respondentLabels }: GroupRadarProps) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const data = series.map((point, index) => ({
    label: `${index + 1} ${tq(`themes.${point.themeId}.short`)}`,
    mean: point.mean ?? 0,
    min: point.min ?? 0,
    max: point.max ?? 0,
    ...Object.fromEntries(point.respondents.map((score, r) => [`r${r}`, score ?? 0])),
  }));
  return (
    <figure className="radar radar--group">
      <div className="radar__chart" role="img" aria-label={t('results.radarLabel')}>
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 600, height: 440 }}
        >
          <RadarChart data={data} outerRadius="68%" accessibilityLayer={false}>
            <PolarGrid />
            <PolarAngleAxis dataKey="label" tick={{ className: 'radar-tick', fill: '#1b1f1e' }} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tickCount={5}
              angle={75}
              tick={{ fill: '#3d4543', fontSize: 11 }}
            />
            <Radar
              dataKey="max"
              name={t('results.highest')}
              stroke="currentColor"
              strokeDasharray="6 4"
              fill="currentColor"
              fillOpacity={0.18}
              isAnimationActive={false}
            />
            <Radar
              dataKey="min"
              name={t('results.lowest')}
              stroke="currentColor"
              strokeDasharray="6 4"
              fill="#ffffff"
              fillOpacity={1}
              isAnimationActive={false}
            />
            {showRespondents
              ? respondentLabels.map((label, r) => (
                  <Radar
                    key={label}
                    dataKey={`r${r}`}
                    name={label}
                    stroke="#5b6663"
                    strokeDasharray="2 3"
                    strokeWidth={1}
                    fillOpacity={0}
                    isAnimationActive={false}
                  />
                ))
              : null}
            <Radar
              dataKey="mean"
              name={t('results.mean')}
              stroke="currentColor"
              strokeWidth={3}
              fillOpacity={0}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{t('results.radarCaption')}</figcaption>
    </figure>
  );
}
