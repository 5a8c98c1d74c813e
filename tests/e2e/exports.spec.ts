import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, allThemes } from '@/domain/questionnaire';
import { PNG_TYPE } from '@/lib/png';
import { parseCsv } from '../helpers/csv-parse';
import { drawnShapes, expect, fullAnswers, seedScan, seedSessions, test } from './fixtures';

/**
 * Exports people can use: a CSV in the delimiter their spreadsheet expects (semicolon for Dutch,
 * comma for English), file names with the collective's or session's name and the date, and a
 * radar picture that says what it shows (title, name, date, legend).
 */

const DAY = /\d{4}-\d{2}-\d{2}/;

/** A CSV file as rows of cells, read with `delimiter` as a spreadsheet set to it would. */
async function csvRows(download: Download, delimiter: string) {
  const text = await readFile((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text.slice(1), delimiter);
  return { text: text.slice(1), rows };
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return file;
}

test.describe('in Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('the answers CSV is split by semicolons, about-lines included, and named after the collective and the day', async ({
    page,
  }) => {
    await seedScan(page, fullAnswers(), { name: 'Energie Coöperatie Zuid, afd. Noord' });
    await page.goto('./#/data');
    const file = await download(page, 'Download antwoorden en scores (CSV)');
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^collective-scan-energie-cooperatie-zuid-afd-noord-${DAY.source}\\.csv$`),
    );
    const { text, rows } = await csvRows(file, ';');
    const lines = text.split('\r\n');
    // The lines about the file use the same delimiter as the table (a comma in the name is quoted).
    expect(lines[0]).toBe('Collectief;"Energie Coöperatie Zuid, afd. Noord"');
    expect(lines[1]).toMatch(new RegExp(`^Gemaakt op;${DAY.source}$`));
    expect(lines[2]).toBe(`Versie van de vragen;${questionnaire.version}`);
    expect(lines[3]).toBe('');
    expect(rows.slice(0, 3)).toEqual([
      ['Collectief', 'Energie Coöperatie Zuid, afd. Noord'],
      ['Gemaakt op', expect.stringMatching(DAY)],
      ['Versie van de vragen', questionnaire.version],
    ]);
    const [header, ...table] = rows.slice(4).filter((row) => row.join('') !== '');
    expect(header).toEqual([
      'Regel',
      'Deel',
      'Thema',
      'Vraagcode',
      'Stelling',
      'Antwoord',
      'Punten (0–100)',
      'Score (0–100)',
      'Niveau',
    ]);
    // Every row parses into the same nine columns, however many commas a statement has.
    for (const row of table) expect(row).toHaveLength(9);
    expect(table.filter((row) => row[0] === 'antwoord')).toHaveLength(
      allQuestions(questionnaire).length,
    );
    const themeRows = table.filter((row) => row[0] === 'thema');
    expect(themeRows).toHaveLength(allThemes(questionnaire).length);
    for (const row of themeRows) expect(row[7]).toMatch(/^\d+$/);
    expect(table.filter((row) => row[4]?.includes(','))).not.toHaveLength(0);
  });

  test('the group CSV is split by semicolons and named after the session and the day', async ({
    page,
  }) => {
    await seedSessions(page);
    await page.goto('./#/workshop/merge-1/results');
    const file = await download(page, 'Download uitkomst van de groep (CSV)');
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^collective-scan-board-evening-${DAY.source}-groep\\.csv$`),
    );
    const { text, rows } = await csvRows(file, ';');
    expect(text.split('\r\n').slice(0, 4)).toEqual([
      'Sessie;Board evening',
      expect.stringMatching(new RegExp(`^Gemaakt op;${DAY.source}$`)),
      `Versie van de vragen;${questionnaire.version}`,
      '',
    ]);
    const [header, ...table] = rows.slice(4).filter((row) => row.join('') !== '');
    expect(header).toHaveLength(9);
    expect(header?.[0]).toBe('Thema');
    expect(table).toHaveLength(allThemes(questionnaire).length);
    for (const row of table) {
      expect(row).toHaveLength(9);
      expect(row[1]).toMatch(/^\d+$/);
    }
  });
});

test('in English the CSV is split by commas and named after the collective and the day', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), { name: 'Stichting Buurtkracht; Noord' });
  await page.goto('./#/data');
  const file = await download(page, 'Download answers and scores (CSV)');
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^collective-scan-stichting-buurtkracht-noord-${DAY.source}\\.csv$`),
  );
  const { text, rows } = await csvRows(file, ',');
  // A semicolon in the name is quoted too, so a spreadsheet guessing the delimiter cannot split it.
  expect(text.split('\r\n')[0]).toBe('Collective,"Stichting Buurtkracht; Noord"');
  const [header, ...table] = rows.slice(4).filter((row) => row.join('') !== '');
  expect(header?.slice(0, 3)).toEqual(['Row', 'Area', 'Theme']);
  for (const row of table) expect(row).toHaveLength(9);
});

test('the radar PNG carries a title, the collective’s name, the date and a legend, and is named after them', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
  await page.goto('./#/results');
  const chart = page.getByRole('img', { name: /Radar chart/ });
  await expect.poll(() => drawnShapes(chart)).toHaveLength(1);
  const box = await chart.locator('svg').first().boundingBox();
  const file = await download(page, 'Download chart (PNG)');
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^collective-scan-buurtkracht-${DAY.source}\\.png$`),
  );
  const bytes = await readFile((await file.path()) ?? '');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // Twice the chart's size, plus (at twice the size too) one line of title, one of name and
  // date, and one of legend, with their spacing (src/lib/png.ts).
  const { padding, title, subtitle, legend, gap } = PNG_TYPE;
  const frame = padding + title.line + subtitle.line + gap + gap + legend.line + padding;
  expect(width).toBe(Math.round((box?.width ?? 0) * 2));
  expect(height).toBe(Math.round((box?.height ?? 0) * 2) + 2 * frame);

  // What was drawn where: decoded in the browser, dark pixels per band of rows.
  const ink = await page.evaluate(
    async ({ data, bands }) => {
      const blob = new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))]);
      const image = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      if (!context) return [];
      context.drawImage(image, 0, 0);
      return bands.map(({ top, bottom }) => {
        const { data: pixels } = context.getImageData(0, top, image.width, bottom - top);
        let dark = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 300) dark += 1;
        }
        return dark;
      });
    },
    {
      data: bytes.toString('base64'),
      bands: [
        { top: 0, bottom: 2 * padding - 4 },
        { top: 2 * padding, bottom: 2 * (padding + title.line) },
        { top: 2 * (padding + title.line), bottom: 2 * (padding + title.line + subtitle.line) },
        { top: height - 2 * (padding + legend.line), bottom: height - 2 * padding },
        { top: height - 2 * padding + 4, bottom: height },
      ],
    },
  );
  const [above, titleBand, nameBand, legendBand, below] = ink;
  expect(above, 'nothing above the title').toBe(0);
  expect(titleBand, 'the title is drawn').toBeGreaterThan(200);
  expect(nameBand, 'the name and date are drawn').toBeGreaterThan(200);
  expect(legendBand, 'the legend is drawn').toBeGreaterThan(200);
  expect(below, 'nothing below the legend').toBe(0);
});
