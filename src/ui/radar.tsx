import { type ReactNode, Suspense } from 'react';
import { preloadWhenIdle } from '@/lib/after-load';
import { whenIdle } from '@/lib/idle';
import type { RadarAxis, RadarChartProps } from './charts/radar-types';
import { readyLazy } from './ready-lazy';
import './radar.css';

// The chart module carries recharts (~100 KiB gz): it loads the first time a radar is shown.
const loadChart = () => import('./charts/radar-chart');
const RadarChart = readyLazy(() => loadChart().then((module) => module.RadarChart));
const RadarExtras = readyLazy(() => loadChart().then((module) => module.RadarExtras));

/**
 * Loads the chart module while the browser is idle, on a screen that usually leads to a radar (a
 * session, before its group results; the scan's last theme, before the results), then draws one
 * radar out of sight once (`warmUpRadar`): on a slow phone the radar then appears without the
 * second or so it takes to load and compile recharts. Not from the scan's other steps: there the
 * compile would compete with the member's next clicks for nothing.
 */
export function preloadRadar(): void {
  preloadWhenIdle(() =>
    Promise.all([RadarChart.ready(), RadarExtras.ready()])
      .then(loadChart)
      .then((module) => whenIdle(module.warmUpRadar)),
  );
}

/**
 * Every radar in the app. The figure and its caption are drawn at once, so the caption is read
 * (and painted, on a slow phone) without waiting for recharts; while the chart module loads, the
 * chart's space is reserved, so nothing under it moves when the chart arrives.
 */
export function Radar(props: RadarChartProps) {
  return (
    <figure className="radar">
      <Suspense fallback={<ChartSpace />}>
        <RadarChart {...props} />
      </Suspense>
      <figcaption>{props.caption}</figcaption>
      {props.legend || props.download ? (
        <Suspense fallback={null}>
          <RadarExtras {...props} />
        </Suspense>
      ) : null}
    </figure>
  );
}

/** The space of a chart not yet drawn. */
function ChartSpace() {
  return <div className="radar--loading" aria-hidden="true" />;
}

/** The space a radar takes, with its caption: shown until the chart can be drawn. */
export function RadarPlaceholder({ caption }: { caption: ReactNode }) {
  return (
    <figure className="radar">
      <ChartSpace />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

/** One spoke per theme, numbered in questionnaire order, with an optional note after its name. */
export function themeAxes(
  themeIds: readonly string[],
  shortName: (themeId: string) => string,
  note: (index: number) => string | undefined = () => undefined,
): RadarAxis[] {
  return themeIds.map((themeId, index) => {
    const text = note(index);
    return {
      key: themeId,
      number: index + 1,
      name: shortName(themeId),
      ...(text === undefined ? {} : { note: text }),
    };
  });
}

/** Spokes for scores per theme: the score is the note (a dash where there is none). */
export function scoreAxes(
  points: readonly { themeId: string; score: number | null }[],
  shortName: (themeId: string) => string,
): RadarAxis[] {
  return themeAxes(
    points.map((point) => point.themeId),
    shortName,
    (index) => String(points[index]?.score ?? '–'),
  );
}
