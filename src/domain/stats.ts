export type Summary = {
  n: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartile (linear interpolation between order statistics). */
  q1: number;
  q3: number;
  /** Population standard deviation: 0 when every value is the same. */
  sd: number;
};

function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? 0;
  const high = sorted[above] ?? low;
  return low + (high - low) * (position - below);
}

/** Mean, median, range, quartiles and spread of the values; null for none. */
export function summarize(values: readonly number[]): Summary | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const mean = sum / sorted.length;
  let squares = 0;
  for (const value of sorted) squares += (value - mean) ** 2;
  const list = Array.from(sorted);
  return {
    n: list.length,
    mean,
    median: quantile(list, 0.5),
    min: list[0] ?? 0,
    max: list[list.length - 1] ?? 0,
    q1: quantile(list, 0.25),
    q3: quantile(list, 0.75),
    sd: Math.sqrt(squares / list.length),
  };
}

/** The bands of a score distribution: 0–19, 20–39, 40–59, 60–79, 80–100 (the top one holds 100). */
export const SCORE_BANDS = [
  { from: 0, to: 19 },
  { from: 20, to: 39 },
  { from: 40, to: 59 },
  { from: 60, to: 79 },
  { from: 80, to: 100 },
] as const;

export type Band = { from: number; to: number; count: number };

/**
 * How many values (0–100) fall in each of SCORE_BANDS, so a split group shows as two clusters
 * instead of one average.
 */
export function histogram(values: readonly number[]): Band[] {
  const bands = SCORE_BANDS.map((band) => ({ ...band, count: 0 }));
  for (const value of values) {
    const band = bands[Math.min(bands.length - 1, Math.max(0, Math.floor(value / 20)))];
    if (band) band.count += 1;
  }
  return bands;
}
