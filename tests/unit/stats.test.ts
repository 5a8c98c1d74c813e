import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf } from '@/domain/math';
import { histogram, SCORE_BANDS, summarize } from '@/domain/stats';

const scores = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1 });

describe('summarize', () => {
  it.each([
    [[], null],
    [[50], { n: 1, mean: 50, median: 50, min: 50, max: 50, q1: 50, q3: 50, sd: 0 }],
    [[0, 100], { n: 2, mean: 50, median: 50, min: 0, max: 100, q1: 25, q3: 75, sd: 50 }],
    [[40, 10, 30, 20], { n: 4, mean: 25, median: 25, min: 10, max: 40, q1: 17.5, q3: 32.5 }],
    [[9, 10, 100], { n: 3, mean: 39.666666666666664, median: 10, min: 9, max: 100 }],
  ])('%j', (values, expected) => {
    const summary = summarize(values);
    if (expected === null) expect(summary).toBeNull();
    else expect(summary).toMatchObject(expected);
  });

  it('gives the population standard deviation', () => {
    // Deviations from 25: 15, 5, 5, 15 → variance (225 + 25 + 25 + 225) / 4 = 125.
    expect(summarize([10, 20, 30, 40])?.sd).toBeCloseTo(Math.sqrt(125), 12);
  });

  it('the order of values does not matter', () => {
    fc.assert(
      fc.property(
        scores.chain((values) =>
          fc.tuple(
            fc.constant(values),
            fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
          ),
        ),
        ([values, shuffled]) => {
          expect(summarize(shuffled)).toEqual(summarize(values));
        },
      ),
    );
  });

  it('keeps min ≤ q1 ≤ median ≤ q3 ≤ max, the mean within the range, and a spread ≥ 0', () => {
    fc.assert(
      fc.property(scores, (values) => {
        const summary = summarize(values);
        if (!summary) throw new Error('a non-empty list has a summary');
        const { min, q1, median, q3, max, mean, sd, n } = summary;
        expect(n).toBe(values.length);
        expect(min).toBe(Math.min(...values));
        expect(max).toBe(Math.max(...values));
        expect([min, q1, median, q3, max]).toEqual(
          [min, q1, median, q3, max].sort((a, b) => a - b),
        );
        expect(mean).toBeGreaterThanOrEqual(min - 1e-9);
        expect(mean).toBeLessThanOrEqual(max + 1e-9);
        expect(sd).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('adding a value equal to the mean leaves the mean unchanged', () => {
    fc.assert(
      fc.property(scores, (values) => {
        const before = summarize(values);
        const after = summarize([...values, before?.mean ?? 0]);
        expect(after?.mean).toBeCloseTo(before?.mean ?? 0, 9);
      }),
    );
  });
});

describe('histogram', () => {
  it('puts each score in its band of 20 points, 100 in the top band', () => {
    expect(histogram([0, 19, 20, 39.9, 40, 60, 79, 80, 100])).toEqual([
      { from: 0, to: 19, count: 2 },
      { from: 20, to: 39, count: 2 },
      { from: 40, to: 59, count: 1 },
      { from: 60, to: 79, count: 2 },
      { from: 80, to: 100, count: 2 },
    ]);
  });

  it('shows a split group as two clusters, not one average', () => {
    expect(histogram([5, 10, 15, 85, 90, 95]).map((band) => band.count)).toEqual([3, 0, 0, 0, 3]);
  });

  it('counts every score exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 })), (values) => {
        const bands = histogram(values);
        expect(bands).toHaveLength(SCORE_BANDS.length);
        expect(bands.reduce((sum, band) => sum + band.count, 0)).toBe(values.length);
      }),
    );
  });
});

describe('percentOf', () => {
  it.each([
    [0, 0, 0],
    [3, 13, 23],
    [1, 8, 13], // 12.5 rounds up, as scores do
    [13, 13, 100],
  ])('%i of %i is %i %%', (part, whole, percent) => {
    expect(percentOf(part, whole)).toBe(percent);
  });
});
