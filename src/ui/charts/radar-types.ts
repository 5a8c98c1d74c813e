import type { ReactNode } from 'react';
import type { PngFrame } from '@/lib/png';

/** One spoke: its number, its short name and, optionally, a note after it such as the score. */
export type RadarAxis = {
  key: string;
  number: number;
  name: string;
  /** Shown in brackets after the name, e.g. the score or "too few answers". */
  note?: string;
  /** Marks the spoke with a symbol (e.g. a theme the group disagrees on); the text says why. */
  flag?: string;
};

/**
 * How a line looks. Every look differs in stroke width, dash or marker, never in colour alone:
 * result (own scan), before/after (two snapshots), mean (group), respondent (one group member).
 */
export type RadarLook = 'result' | 'before' | 'after' | 'mean' | 'respondent';

/** One line on the radar; null values leave a gap ("too few answers"), never a point at 0. */
export type RadarLine = {
  key: string;
  name: string;
  look: RadarLook;
  values: (number | null)[];
};

/** A shaded band between two values per spoke (the group's lowest and highest score). */
export type RadarBand = { name: string; low: (number | null)[]; high: (number | null)[] };

export type RadarChartProps = {
  axes: RadarAxis[];
  lines: RadarLine[];
  band?: RadarBand;
  /** The chart's accessible name; the table next to it carries the same numbers in words. */
  label: string;
  caption: ReactNode;
  /** Offers the chart as a PNG with this button label and file name (and a title and legend). */
  download?: { label: string; fileName: string; frame?: PngFrame };
  /** Shows a key naming each line (needed when lines are not explained by the caption). */
  legend?: boolean;
};
