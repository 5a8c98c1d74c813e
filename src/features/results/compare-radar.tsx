import { useTranslation } from 'react-i18next';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
} from 'recharts';
import type { ThemeChange } from '@/domain/records';

/** Two snapshots on one radar: the earlier one dashed, the later one solid (not by colour alone). */
export function CompareRadar({
  changes,
  before,
  after,
}: {
  changes: ThemeChange[];
  before: string;
  after: string;
}) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const data = changes.map((change, index) => ({
    label: `${index + 1} ${tq(`themes.${change.themeId}.short`)}`,
    before: change.before ?? 0,
    after: change.after ?? 0,
  }));
  return (
    <figure className="radar">
      <div
        className="radar__chart"
        role="img"
        aria-label={t('history.radarLabel', { before, after })}
      >
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
              dataKey="before"
              name={before}
              stroke="#5b6663"
              strokeDasharray="6 4"
              strokeWidth={2}
              fillOpacity={0}
              isAnimationActive={false}
            />
            <Radar
              dataKey="after"
              name={after}
              stroke="currentColor"
              strokeWidth={3}
              fill="currentColor"
              fillOpacity={0.15}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{t('history.radarCaption', { before, after })}</figcaption>
    </figure>
  );
}
