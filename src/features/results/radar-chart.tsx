import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadar,
  ResponsiveContainer,
} from 'recharts';
import type { RadarPoint } from '@/domain/radar';
import { downloadBlob } from '@/lib/file';
import { svgToPng } from '@/lib/png';

type TickProps = {
  x?: number;
  y?: number;
  textAnchor?: string;
  payload?: { index: number };
  points: RadarPoint[];
  names: string[];
};

/** A spoke's label: its number, short name (hidden on narrow screens) and score. */
function RadarTick({ x = 0, y = 0, textAnchor = 'middle', payload, points, names }: TickProps) {
  const index = payload?.index ?? -1;
  const point = points[index];
  if (!point) return null;
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor as 'middle'}
      className="radar-tick"
      dominantBaseline="central"
    >
      <tspan className="radar-tick__number">{index + 1} </tspan>
      <tspan className="radar-tick__name">{names[index]} </tspan>
      <tspan className="radar-tick__score">({point.score ?? '–'})</tspan>
    </text>
  );
}

/** The 12 themes on a radar. The table next to it carries the same numbers in words. */
export function RadarChart({ series, title }: { series: RadarPoint[]; title: string }) {
  const { t } = useTranslation('questionnaire');
  const { t: tr } = useTranslation('results');
  const chart = useRef<HTMLDivElement>(null);
  const names = series.map((point) => t(`themes.${point.themeId}.short`));
  const data = series.map((point, index) => ({ ...point, number: String(index + 1) }));

  return (
    <figure className="radar">
      <div
        ref={chart}
        className="radar__chart"
        role="img"
        aria-label={tr('radar.label', { title })}
      >
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 600, height: 440 }}
        >
          <RechartsRadar data={data} outerRadius="72%" accessibilityLayer={false}>
            <PolarGrid className="radar__grid" />
            <PolarAngleAxis dataKey="number" tick={<RadarTick points={series} names={names} />} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tickCount={5}
              angle={75}
              tick={{ fill: '#3d4543', fontSize: 11 }}
              className="radar__axis"
            />
            <Radar
              dataKey="value"
              name={title}
              className="radar__shape"
              stroke="currentColor"
              fill="currentColor"
              fillOpacity={0.25}
              strokeWidth={2}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          </RechartsRadar>
        </ResponsiveContainer>
      </div>
      <figcaption>{tr('radar.caption')}</figcaption>
      <button
        type="button"
        className="button button--small no-print"
        onClick={async () => {
          const svg = chart.current?.querySelector('svg');
          if (svg) downloadBlob('collective-scan-radar.png', await svgToPng(svg, 2));
        }}
      >
        {tr('radar.png')}
      </button>
    </figure>
  );
}
