import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions, allThemes } from '@/domain/questionnaire';
import { drawnShapes, expect, fullAnswers, seedScan, test } from './fixtures';

const statementCount = allQuestions(questionnaire).length;

async function saveSnapshot(page: Page, name: string) {
  await page.goto('./#/results');
  await page.getByLabel('Name of the snapshot').fill(name);
  await page.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

test('save two snapshots and compare them per theme', async ({ page }) => {
  const answers = fullAnswers();
  await seedScan(page, answers, { name: 'Zonnedak', members: 120 });
  await saveSnapshot(page, 'Scan 2025');
  // A year later, leadership improved.
  await page.goto('./#/scan/leadership');
  await expect(page.getByRole('heading', { level: 1, name: 'Shared leadership' })).toBeVisible();
  for (const group of await page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .all()) {
    await group.getByRole('radio', { name: 'Completely true' }).check();
  }
  await saveSnapshot(page, 'Scan 2026');

  await page.getByRole('link', { name: 'See all snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Earlier scans' })).toBeVisible();
  await expect(page.getByLabel('Earlier')).toHaveValue(/.+/);
  await expect(page.getByLabel('Earlier').locator('option:checked')).toHaveText(/Scan 2025/);
  const table = page.getByRole('table', {
    name: 'Scores per theme in both, and the change',
  });
  const leadership = table.getByRole('row', { name: /Shared leadership/ });
  await expect(leadership.getByRole('cell').nth(2)).toHaveText(/^(▲ \+\d+|▼ −\d+)$/);
  await expect(
    table
      .getByRole('row', { name: /Growing impact/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('= 0');
  await expect(page.getByRole('img', { name: /comparing Scan 2025/ })).toBeVisible();
});

test('the board report prints on exactly one A4 page', async ({ page }) => {
  await seedScan(page, fullAnswers(), {
    name: 'Energie Coöperatie Zuid',
    sectors: ['energy', 'care'],
    legalForm: 'cooperative',
    members: 320,
    volunteers: 30,
    paidStaff: 'some',
    founded: 2014,
    scale: 'village',
  });
  await page.goto('./#/results');
  // Choose steps for the action plan, with an owner and a date.
  const advice = page.getByRole('region', { name: 'Where to start' });
  const addButtons = advice.getByRole('button', { name: /Add to plan/ });
  await expect(addButtons.first()).toBeVisible();
  // Each added step turns its button into "in the plan", so the first button is always the next one.
  for (let step = 0; step < 4; step += 1) await addButtons.first().click();
  await expect(page.getByLabel('Who')).toHaveCount(4);
  await page.getByLabel('Who').first().fill('Anna de Vries');
  await page.getByLabel('When').first().fill('2027-01-31');
  await saveSnapshot(page, 'Scan 2025');
  // Later, one answer changes (it was "Not true at all"): the report shows the change since that
  // snapshot.
  await page.goto('./#/scan/upscaling');
  const first = page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .first();
  await expect(first.getByRole('radio', { name: 'Not true at all' })).toBeChecked();
  await first.getByRole('radio', { name: 'Completely true' }).check();
  await page.goto('./#/results');
  await page.getByRole('link', { name: 'Board report (print or PDF)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Board report: Energie Coöperatie Zuid' }),
  ).toBeVisible();
  // The plan as a table: the step with its owner, date and status.
  const step = page
    .getByRole('region', { name: 'Action plan' })
    .getByRole('row')
    .filter({ hasText: 'Anna de Vries' });
  await expect(step.getByRole('cell').nth(2)).toHaveText('Anna de Vries');
  await expect(step.getByRole('cell').nth(3)).toHaveText('Jan 31, 2027');
  await expect(step.getByRole('cell').nth(4)).toHaveText('To do');
  // The change since that snapshot, per theme.
  await expect(page.getByText(/Change: since the snapshot “Scan 2025” of /)).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Scores (0–100, higher = stronger)' })
      .getByRole('row', { name: /Growing impact/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText(/^▲ \+\d+$/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('save everything as JSON and CSV, open the JSON again, and delete all data', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), { name: 'Buurtkracht', members: 90 });
  await page.goto('./#/data');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save everything (JSON)' }).click(),
  ]);
  const jsonPath = (await json.path()) ?? '';
  const saved = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(saved).toMatchObject({
    format: 'collective-scan-backup',
    version: 1,
    questionnaireVersion: '2',
  });
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download answers and scores (CSV)' }).click(),
  ]);
  const csvText = await readFile((await csv.path()) ?? '', 'utf8');
  // On its own the file says where it comes from: the collective, the date, the questions' edition;
  // then an empty line and the table.
  const lines = csvText.split('\r\n');
  expect(lines[0]).toBe('\uFEFFCollective,Buurtkracht');
  expect(lines[1]).toMatch(/^Exported on,\d{4}-\d{2}-\d{2}$/);
  expect(lines[2]).toBe('Questionnaire version,2');
  expect(lines[3]).toBe('');
  expect(lines[4]?.startsWith('Row,Area,Theme,')).toBe(true);
  // Three lines about the file, a header, every statement, every theme, the three areas and the total.
  expect(lines.filter(Boolean)).toHaveLength(
    3 + 1 + statementCount + allThemes(questionnaire).length + questionnaire.areas.length + 1,
  );

  page.on('dialog', () => {});
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('link', { name: 'Start the scan' })).toBeVisible();
  // What stays is one marker per store with its generation and no data, so that a tab still
  // showing the old data cannot write it back (tests/e2e/two-tabs.spec.ts).
  const left = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('collective-scan:'))
      .sort()
      .map((key) => [key, JSON.parse(localStorage.getItem(key) ?? 'null')?.state] as const),
  );
  expect(left.map(([key]) => key)).toEqual([
    'collective-scan:backup-reminder',
    'collective-scan:card',
    'collective-scan:matchmaking',
    'collective-scan:records',
    'collective-scan:scan',
    'collective-scan:sessions',
    'collective-scan:settings',
    'collective-scan:sheet',
  ]);
  for (const [key, state] of left) {
    expect(state, key).toMatchObject({ generation: expect.any(Number), items: {} });
  }

  await page.goto('./#/data');
  await page.getByLabel('Open a saved file').setInputFiles(jsonPath);
  await expect(page.getByRole('dialog', { name: 'Use this saved copy?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, use the file' }).click();
  await expect(page.getByText(`Done: ${statementCount} answers opened.`)).toBeVisible();
  await page.goto('./#/results');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
  ).toBeVisible();

  await page.goto('./#/data');
  await page.getByLabel('Open a saved file').setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  });
  await expect(page.getByText(/This is not a text file from this app/)).toBeVisible();
});

test('a results link opens read-only in a fresh browser; a broken one gets a clear message', async ({
  page,
  guardedContext,
  baseURL,
}) => {
  await seedScan(page, fullAnswers(), { name: 'Buurtkracht', members: 90 });
  await page.goto('./#/results');
  const link = await page.getByLabel('Link to these results').inputValue();
  expect(link).toMatch(/#\/shared\//);

  const fresh = await guardedContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(
    other.getByRole('heading', { level: 1, name: 'Shared results: Buurtkracht' }),
  ).toBeVisible();
  await expect(other.getByText(/Read-only: these results were shared with you/)).toBeVisible();
  await expect
    .poll(() => drawnShapes(other.getByRole('img', { name: /Radar chart/ })))
    .toHaveLength(1);
  await expect(other.getByRole('button', { name: /Add to plan/ })).toHaveCount(0);
  const stored = await other.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.includes('scan')),
  );
  expect(stored).toEqual([]);

  await other.goto(link.slice(0, link.length - 20));
  await expect(other.getByText('This link cannot be opened')).toBeVisible();
  await other.goto(`${baseURL}#/shared/${'A'.repeat(9000)}`);
  await expect(
    other.getByText('The link is too long to be a link from this app.', { exact: false }),
  ).toBeVisible();
  await other.goto(`${link}junk`);
  await expect(other.getByText(/The link has extra characters at the end/)).toBeVisible();
});

test('the radar downloads as a PNG at twice its size, with a title and a legend', async ({
  page,
}) => {
  await seedScan(page, fullAnswers());
  await page.goto('./#/results');
  const chart = page.getByRole('img', { name: /Radar chart/ });
  await expect.poll(() => drawnShapes(chart)).toHaveLength(1);
  const box = await chart.locator('svg').first().boundingBox();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download chart (PNG)' }).click(),
  ]);
  const bytes = await readFile((await png.path()) ?? '');
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(Math.round((box?.width ?? 0) * 2));
  // Taller than the chart by the title, the name and date, and the legend (tests/e2e/exports.spec.ts).
  expect(bytes.readUInt32BE(20)).toBeGreaterThan(Math.round((box?.height ?? 0) * 2) + 200);
});

test('a file from an edition of the questions this app does not know is refused and changes nothing', async ({
  page,
}) => {
  await page.goto('./#/data');
  const fixture = new URL('../fixtures/backup-other-questionnaire.json', import.meta.url).pathname;
  await page.getByLabel('Open a saved file').setInputFiles(fixture);
  await expect(
    page.getByText(
      'This file was made with an edition of the questions that this app does not know. Nothing was changed.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Use this saved copy?' })).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('collective-scan:scan'))).toBeNull();
});
