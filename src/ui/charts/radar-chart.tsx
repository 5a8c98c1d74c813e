import {
  type ReactNode,
  type RefObject,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createRoot } from 'react-dom/client';
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
import { afterTwoFrames, offscreenHost } from '@/lib/offscreen';
import { svgToPng } from '@/lib/png';
import { radarSvgOf } from '@/lib/radar-svg';
import { type TextMetrics, textMetricsOf, whenFontsLoaded } from '@/lib/text-width';
import { layoutRadar, type RadarLayout } from './radar-layout';
import type { RadarChartProps, RadarLine } from './radar-types';
import './radar-chart.css';

/**
 * The one place that draws radars (own result, comparison of snapshots, group) and the only
 * module that imports recharts; it is loaded lazily (see ui/radar.tsx). Colours, dashes and
 * widths come from CSS (radar-chart.css), so they follow the theme, print and forced colours.
 */

/** Markers per respondent line, so lines differ by shape as well as dash (not by colour alone). */
const MARKERS = ['circle', 'diamond', 'square', 'triangle', 'cross', 'star', 'wye'] as const;

type TickProps = { payload?: { index: number } };

/** A spoke's label as the layout placed it: one text, a line per tspan (see radar-layout.ts). */
function AxisTick({ payload, layout }: TickProps & { layout: RadarLayout }) {
  const tick = layout.ticks[payload?.index ?? -1];
  if (!tick) return null;
  return (
    <text
      className="radar-tick"
      textAnchor={tick.anchor}
      dominantBaseline="central"
      fontSize={layout.fontSize}
    >
      {tick.lines.map((line) => (
        <tspan key={line.y} x={line.x} y={line.y}>
          {line.pieces.map((piece, at) => (
            <tspan key={`${piece.kind}-${piece.text}`} className={`radar-tick__${piece.kind}`}>
              {piece.text}
              {at < line.pieces.length - 1 && piece.spaceAfter ? ' ' : null}
            </tspan>
          ))}
          {/* The space to the next line's word, for reading; at size 0 it takes no room. */}
          {line.spaceAfter ? <tspan fontSize={0}> </tspan> : null}
        </tspan>
      ))}
    </text>
  );
}

type ChartSize = { width: number; height: number; update: (width: number, height: number) => void };

/**
 * The chart's size in whole px, as recharts draws it: measured before the first paint (so the
 * labels are placed once, not moved after a frame), then followed as the container resizes.
 */
function useChartSize(element: RefObject<HTMLDivElement | null>): ChartSize | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const update = useCallback((width: number, height: number) => {
    const next = { width: Math.round(width), height: Math.round(height) };
    setSize((old) => (old && old.width === next.width && old.height === next.height ? old : next));
  }, []);
  useLayoutEffect(() => {
    const box = element.current?.getBoundingClientRect();
    // Where nothing is laid out (jsdom), the size recharts assumes by default.
    if (box && box.width > 0 && box.height > 0) update(box.width, box.height);
    else update(600, 440);
  }, [element, update]);
  return size ? { ...size, update } : null;
}

/**
 * How the chart's text measures, read after each mount (also when a suspended screen shows it
 * again, when React re-attaches it) and again once web fonts have loaded.
 */
function useTextMetrics(element: RefObject<HTMLDivElement | null>): TextMetrics | null {
  const [metrics, setMetrics] = useState<TextMetrics | null>(null);
  const [fonts, setFonts] = useState(0);
  useEffect(() => whenFontsLoaded(() => setFonts((count) => count + 1)), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measure again when the fonts change.
  useLayoutEffect(() => {
    if (element.current) setMetrics(textMetricsOf(element.current));
  }, [element, fonts]);
  return metrics;
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

/** Whether a radar has been drawn in this page (for real or to warm up). */
let warmedUp = false;

/** Respondent lines are told apart by dash and marker: each one's number among them. */
function lineVariants(lines: RadarLine[]): number[] {
  let respondents = 0;
  return lines.map((line) => (line.look === 'respondent' ? respondents++ : 0));
}

/**
 * The chart itself. The figure around it and its caption are drawn by ui/radar.tsx before this
 * module has loaded, so the caption is on screen (and stays the same element) from the start.
 */
export function RadarChart({ axes, lines, band, label }: RadarChartProps) {
  const chart = useRef<HTMLDivElement>(null);
  // A radar drawn for real has compiled the code as well: no warm-up needed after it.
  useEffect(() => {
    warmedUp = true;
  }, []);
  const size = useChartSize(chart);
  const metrics = useTextMetrics(chart);
  const axesKey = JSON.stringify(axes);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the axes by value.
  const layout = useMemo(
    () =>
      size && metrics
        ? layoutRadar({
            width: size.width,
            height: size.height,
            axes,
            fontSize: metrics.fontSize,
            measure: metrics.width,
          })
        : null,
    [size?.width, size?.height, metrics, axesKey],
  );
  const data = axes.map((axis, index) => ({
    key: axis.key,
    ...(band ? { band: [band.low[index] ?? null, band.high[index] ?? null] } : {}),
    ...Object.fromEntries(lines.map((line) => [line.key, line.values[index] ?? null])),
  }));
  // Respondent lines are told apart by dash and marker; count them separately from other lines.
  const variants = lineVariants(lines);
  return (
    <div ref={chart} className="radar__chart" role="img" aria-label={label}>
      {size && layout ? (
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={size}
          onResize={size.update}
        >
          <RechartsRadar
            data={data}
            cx={layout.cx}
            cy={layout.cy}
            outerRadius={layout.radius}
            margin={{ top: 0, right: 0, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <PolarGrid className="radar__grid" />
            <PolarAngleAxis dataKey="key" tick={<AxisTick layout={layout} />} />
            <PolarRadiusAxis
              domain={[0, 100]}
              // A small chart keeps its scale legible: 0, 50 and 100 only.
              tickCount={layout.radius < 90 ? 3 : 5}
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
      ) : null}
    </div>
  );
}

/** Twelve spokes and one line, like the results radar: enough to run every path it takes. */
const WARM_UP_PROPS: RadarChartProps = {
  axes: Array.from({ length: 12 }, (_, index) => ({
    key: `t${index}`,
    number: index + 1,
    name: 'Theme',
    note: '50',
  })),
  lines: [{ key: 'result', name: 'Result', look: 'result', values: Array(12).fill(50) }],
  label: '',
  caption: null,
};

/**
 * Draws one radar out of sight and removes it, in a render React may interrupt for a click. A
 * slow phone compiles recharts' code the first time it draws (~half a second at 4× CPU slowdown);
 * done while a member reads the last theme, "See results" then draws the radar at once.
 */
export function warmUpRadar(): void {
  // Once per page: after the first radar, the code is compiled.
  if (warmedUp) return;
  warmedUp = true;
  const host = offscreenHost('radar-warm-up');
  const root = createRoot(host.element);
  const done = () => {
    root.unmount();
    host.remove();
  };
  startTransition(() => {
    root.render(
      <WarmedUp onDrawn={done}>
        <RadarChart {...WARM_UP_PROPS} />
      </WarmedUp>,
    );
  });
}

/** Calls `onDrawn` once its children have been drawn with their measured size. */
function WarmedUp({ children, onDrawn }: { children: ReactNode; onDrawn: () => void }) {
  // Two frames: the chart measures itself and draws again with that size.
  useEffect(() => afterTwoFrames(onDrawn), [onDrawn]);
  return children;
}

/** The legend and the PNG download, after the caption: they need this module (its markers). */
export function RadarExtras({ lines, band, download, legend = false }: RadarChartProps) {
  const variants = lineVariants(lines);
  return (
    <>
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
          onClick={async (event) => {
            const svg = radarSvgOf(event.currentTarget);
            if (svg) downloadBlob(download.fileName, await svgToPng(svg, 2, download.frame));
          }}
        >
          {download.label}
        </button>
      ) : null}
    </>
  );
}
