import { describe, expect, it } from 'vitest';
import { PNG_TYPE, pngLayout } from '@/lib/png';

/** A font where every character is 11 px wide in the title and 8 px in other text. */
const measure = (text: string, font: 'title' | 'text') => text.length * (font === 'title' ? 11 : 8);

const frame = {
  title: 'Collective Scan: the twelve themes',
  name: 'Buurtkracht',
  date: '28 November 2026',
  legend: ['Score per theme, 0–100 (further out = stronger)'],
};

describe('pngLayout: the frame around a downloaded chart', () => {
  it('puts the title, then the name and date, then the chart, then the legend, top to bottom', () => {
    const layout = pngLayout(600, 440, frame, measure);
    const [title] = layout.title;
    const [subtitle] = layout.subtitle;
    const [legend] = layout.legend;
    expect(layout.title.map((line) => line.text)).toEqual([frame.title]);
    expect(layout.subtitle.map((line) => line.text)).toEqual(['Buurtkracht · 28 November 2026']);
    expect(layout.legend.map((entry) => entry.label.text)).toEqual([frame.legend[0]]);
    if (!title || !subtitle || !legend) throw new Error('missing part');
    expect(title.y).toBeGreaterThan(PNG_TYPE.padding);
    expect(subtitle.y).toBeGreaterThan(title.y);
    // Text sits on its baseline: the chart starts below the subtitle's line.
    expect(layout.chart.y).toBeGreaterThan(subtitle.y);
    expect(layout.chart).toMatchObject({ x: 0, width: 600, height: 440 });
    expect(legend.swatch.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
    expect(legend.label.y).toBeGreaterThan(layout.chart.y + layout.chart.height);
    expect(legend.label.x).toBeGreaterThan(legend.swatch.x + legend.swatch.width);
    expect(layout.height).toBeGreaterThan(legend.label.y + PNG_TYPE.padding / 2);
  });

  it('is as wide as the chart, with every text inside the padding', () => {
    const layout = pngLayout(600, 440, frame, measure);
    expect(layout.width).toBe(600);
    for (const line of [...layout.title, ...layout.subtitle]) {
      expect(line.x).toBe(PNG_TYPE.padding);
      expect(line.x + measure(line.text, 'text')).toBeLessThanOrEqual(600 - PNG_TYPE.padding);
    }
  });

  it('wraps a long title and a long name, and the chart moves down to make room', () => {
    const short = pngLayout(400, 300, frame, measure);
    const long = pngLayout(
      400,
      300,
      {
        ...frame,
        title: 'Zelfscan voor burgercollectieven: de twaalf thema’s',
        name: 'Energiecoöperatie Zonnige Zuidwesthoek en Omstreken voor Duurzame Energie U.A.',
      },
      measure,
    );
    expect(long.title.length).toBeGreaterThan(1);
    expect(long.subtitle.length).toBeGreaterThan(1);
    for (const line of long.title)
      expect(measure(line.text, 'title')).toBeLessThanOrEqual(400 - 2 * PNG_TYPE.padding);
    expect(long.subtitle.map((line) => line.text).join(' ')).toBe(
      'Energiecoöperatie Zonnige Zuidwesthoek en Omstreken voor Duurzame Energie U.A. · 28 November 2026',
    );
    expect(long.chart.y).toBeGreaterThan(short.chart.y);
    expect(long.height - long.chart.y).toBe(short.height - short.chart.y);
  });

  it('puts legend entries side by side while they fit, then on the next row', () => {
    const layout = pngLayout(
      500,
      300,
      { ...frame, legend: ['Lowest–highest', 'Mean', 'A very long name for one respondent'] },
      measure,
    );
    const [band, mean, respondent] = layout.legend;
    if (!band || !mean || !respondent) throw new Error('missing entry');
    expect(mean.swatch.y).toBe(band.swatch.y);
    expect(mean.swatch.x).toBeGreaterThan(band.label.x + measure('Lowest–highest', 'text'));
    expect(respondent.swatch.x).toBe(PNG_TYPE.padding);
    expect(respondent.swatch.y).toBeGreaterThan(band.swatch.y);
    expect(layout.height).toBeGreaterThan(respondent.label.y);
  });

  it('leaves no room for a legend when there is nothing to name', () => {
    const withLegend = pngLayout(600, 440, frame, measure);
    const without = pngLayout(600, 440, { ...frame, legend: [] }, measure);
    expect(without.legend).toEqual([]);
    expect(without.height).toBe(without.chart.y + without.chart.height + PNG_TYPE.padding);
    expect(withLegend.height).toBeGreaterThan(without.height);
  });
});
