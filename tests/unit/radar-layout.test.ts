import enQuestionnaire from '@locales/en/questionnaire.json';
import nlQuestionnaire from '@locales/nl/questionnaire.json';
import { describe, expect, it } from 'vitest';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import { type Box, layoutRadar } from '@/ui/charts/radar-layout';

/** A spoke label must lie inside the drawing, clear of the others, and name its theme in words. */

const themes = allThemes(questionnaire);
const shortNames = {
  en: themes.map(
    (theme) => enQuestionnaire.themes[theme.id as keyof typeof enQuestionnaire.themes].short,
  ),
  nl: themes.map(
    (theme) => nlQuestionnaire.themes[theme.id as keyof typeof nlQuestionnaire.themes].short,
  ),
};
// A stand-in for a real font (DejaVu Sans, the widest the tests meet, averages 0.57 em).
const measureAt = (size: number) => (text: string, bold: boolean) =>
  text.length * size * (bold ? 0.64 : 0.58);

function axesFor(language: 'en' | 'nl', note = '100', flag?: number) {
  return shortNames[language].map((name, index) => ({
    key: name,
    number: index + 1,
    name,
    note: index === 11 ? '–' : note,
    ...(index === flag ? { flag: 'disagree' } : {}),
  }));
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('radar label layout', () => {
  // The chart's box on a 320 px phone, a 360 px one (type --step--2), a tablet and a laptop
  // (--step--1).
  it.each([
    ['en', 304, 282, 12.64],
    ['nl', 304, 282, 12.64],
    ['en', 344, 317, 12.64],
    ['nl', 344, 317, 12.64],
    ['en', 736, 384, 14.22],
    ['nl', 640, 592, 14.22],
    ['nl', 1088, 576, 14.22],
  ] as const)(
    'in %s at %i×%i (%i px) every label fits, clear of the others',
    (language, width, height, size) => {
      const layout = layoutRadar({
        width,
        height,
        axes: axesFor(language),
        fontSize: size,
        measure: measureAt(size),
      });
      expect(layout.ticks).toHaveLength(12);
      for (const [index, tick] of layout.ticks.entries()) {
        const { box } = tick;
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.bottom).toBeLessThanOrEqual(height);
        for (const other of layout.ticks.slice(index + 1)) {
          expect(overlaps(box, other.box)).toBe(false);
        }
        // Words, not a bare number: the first line holds the number and the name's first word.
        const first = tick.lines[0]?.pieces.map((piece) => piece.kind);
        expect(first?.slice(0, 2)).toEqual(['number', 'name']);
        // No corner of a label reaches into the chart.
        const dx = Math.max(box.left - layout.cx, 0, layout.cx - box.right);
        const dy = Math.max(box.top - layout.cy, 0, layout.cy - box.bottom);
        expect(Math.hypot(dx, dy)).toBeGreaterThan(layout.radius);
      }
      // The chart keeps a useful size: at least a third of the narrow side; the type shrinks a
      // little at most.
      expect(layout.radius * 2).toBeGreaterThan(Math.min(width, height) / 3);
      expect(layout.fontSize).toBeGreaterThanOrEqual(size * 0.87);
    },
  );

  it('uses one line per label where there is room', () => {
    const layout = layoutRadar({
      width: 1400,
      height: 900,
      axes: axesFor('en'),
      fontSize: 14,
      measure: measureAt(14),
    });
    expect(layout.ticks.every((tick) => tick.lines.length === 1)).toBe(true);
  });

  it('breaks a hyphenated name after its hyphen, and keeps the flag', () => {
    const layout = layoutRadar({
      width: 304,
      height: 320,
      axes: axesFor('nl', '55', 1),
      fontSize: 11,
      measure: measureAt(11),
    });
    const text = (index: number) =>
      layout.ticks[index]?.lines
        .map((line) => line.pieces.map((piece) => piece.text).join(' '))
        .join(' | ');
    expect(text(6)).toMatch(/^7 Mede-( \| )?eigenaars/);
    expect(text(1)).toContain('⚑');
  });
});
