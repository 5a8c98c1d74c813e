import { useRef } from 'react';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadar,
  ResponsiveContainer,
  Symbols,
} from 'recharts';
import { downloadBlob } from '@/lib/file';
import { svgToPng } from '@/lib/png';
import type { RadarAxis, RadarChartProps, RadarLine } from './radar-types';
import './radar-chart.css';

/**
 * The one place that draws radars (own result, comparison of snapshots, group) and the only
 * module that imports recharts; it is loaded lazily (see ui/radar.tsx). Colours, dashes and
 * widths come from CSS (radar-chart.css), so they follow the theme, print and forced colours.
 */

/** Markers per respondent line, so lines differ by shape as well as dash (not by colour alone). */
const MARKERS = ['circle', 'diamond', 'square', 'triangle', 'cross', 'star', 'wye'] as const;

type TickProps = { x?: number; y?: number; textAnchor?: string; payload?: { index: number } };

function AxisTick({
  x = 0,
  y = 0,
  textAnchor = 'middle',
  payload,
  axes,
}: TickProps & { axes: RadarAxis[] }) {
  const axis = axes[payload?.index ?? -1];
  if (!axis) return null;
  return (
    <text
      x={x}
      y={y}
      textAnchor={textAnchor as 'middle'}
      className="radar-tick"
      dominantBaseline="central"
    >
      <tspan className="radar-tick__number">{axis.number} </tspan>
      <tspan className="radar-tick__name">{axis.name} </tspan>
      {axis.note ? <tspan className="radar-tick__note">({axis.note})</tspan> : null}
      {axis.flag ? <tspan className="radar-tick__flag"> ⚑</tspan> : null}
    </text>
  );
}

function lineClass(line: RadarLine, index: number): string {
  return `radar-line radar-line--${line.look} radar-variant-${index % MARKERS.length}`;
}

/** A line as the chart draws it (its dash) with its marker, so the legend tells every line apart. */
function LegendKey({ line, variant }: { line: RadarLine; variant: number }) {
  const marker = MARKERS[variant % MARKERS.length] ?? 'circle';
  return (
    <svg className="radar-key" viewBox="0 0 40 12" aria-hidden="true">
      {/* The line's classes on a group, so its dash does not reach the marker. */}
      <g className={lineClass(line, variant)}>
        <path d="M2 6H38" />
      </g>
      {line.look === 'before' ? null : (
        <Symbols
          cx={20}
          cy={6}
          type={marker}
          size={line.look === 'respondent' ? 36 : 50}
          className={`radar-dot radar-dot--${line.look}`}
        />
      )}
    </svg>
  );
}

export function RadarChart({
  axes,
  lines,
  band,
  label,
  caption,
  download,
  legend = false,
}: RadarChartProps) {
  const chart = useRef<HTMLDivElement>(null);
  const data = axes.map((axis, index) => ({
    key: axis.key,
    ...(band ? { band: [band.low[index] ?? null, band.high[index] ?? null] } : {}),
    ...Object.fromEntries(lines.map((line) => [line.key, line.values[index] ?? null])),
  }));
  // Respondent lines are told apart by dash and marker; count them separately from other lines.
  let respondents = 0;
  const variants = lines.map((line) => (line.look === 'respondent' ? respondents++ : 0));
  return (
    <figure className="radar">
      <div ref={chart} className="radar__chart" role="img" aria-label={label}>
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 600, height: 440 }}
        >
          <RechartsRadar data={data} outerRadius="70%" accessibilityLayer={false}>
            <PolarGrid className="radar__grid" />
            <PolarAngleAxis dataKey="key" tick={<AxisTick axes={axes} />} />
            <PolarRadiusAxis
              domain={[0, 100]}
              tickCount={5}
              angle={75}
              tick={{ className: 'radar__scale', fill: 'currentColor' }}
              className="radar__axis"
            />
            {band ? (
              <Radar
                dataKey="band"
                name={band.name}
                className="radar-band"
                isAnimationActive={false}
              />
            ) : null}
            {lines.map((line, index) => {
              const variant = variants[index] ?? 0;
              const marker = MARKERS[variant % MARKERS.length] ?? 'circle';
              return (
                <Radar
                  key={line.key}
                  dataKey={line.key}
                  name={line.name}
                  className={lineClass(line, variant)}
                  dot={
                    line.look === 'before'
                      ? false
                      : {
                          r: line.look === 'respondent' ? 3 : 4,
                          symbol: marker,
                          className: `radar-dot radar-dot--${line.look}`,
                        }
                  }
                  isAnimationActive={false}
                />
              );
            })}
          </RechartsRadar>
        </ResponsiveContainer>
      </div>
      <figcaption>{caption}</figcaption>
      {legend ? (
        <ul className="radar__legend">
          {band ? (
            <li>
              <span className="radar-key radar-key--band" aria-hidden="true" />
              {band.name}
            </li>
          ) : null}
          {lines.map((line, index) => (
            <li key={line.key}>
              <LegendKey line={line} variant={variants[index] ?? 0} />
              {line.name}
            </li>
          ))}
        </ul>
      ) : null}
      {download ? (
        <button
          type="button"
          className="button button--small no-print"
          onClick={async () => {
            const svg = chart.current?.querySelector('svg');
            if (svg) downloadBlob(download.fileName, await svgToPng(svg, 2));
          }}
        >
          {download.label}
        </button>
      ) : null}
    </figure>
  );
}
