/** Mean of the numbers, or null for an empty list (never divides by zero). */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** Keeps the non-null values. */
export function present<T>(values: readonly (T | null)[]): T[] {
  return values.filter((value): value is T => value !== null);
}

/**
 * The one rounding rule for every score the user sees, stores or exports: whole points,
 * halves away from zero (Math.round).
 */
export function roundScore(score: number): number;
export function roundScore(score: number | null): number | null;
export function roundScore(score: number | null): number | null {
  return score === null || Number.isNaN(score) ? null : Math.round(score);
}

/** A part of a whole as a whole percentage (0 when the whole is 0), rounded as scores are. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? roundScore((part / whole) * 100) : 0;
}
