import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { drawnShapes, expect, fullAnswers, seedScan, test } from './fixtures';

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
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership' })).toBeVisible();
  for (const group of await page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .all()) {
    await group.getByRole('radio', { name: 'Strongly agree' }).check();
  }
  await saveSnapshot(page, 'Scan 2026');

  await page.getByRole('link', { name: 'See all snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Earlier scans' })).toBeVisible();
  await expect(page.getByLabel('Earlier')).toHaveValue(/.+/);
  await expect(page.getByLabel('Earlier').locator('option:checked')).toHaveText(/Scan 2025/);
  const table = page.getByRole('table', {
    name: 'Scores per theme in both snapshots, and the change',
  });
  const leadership = table.getByRole('row', { name: /Leadership/ });
  await expect(leadership.getByRole('cell').nth(2)).toHaveText(/^(▲ \+\d+|▼ −\d+)$/);
  await expect(
    table
      .getByRole('row', { name: /Upscaling/ })
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
  // Later, one answer changes: the report shows the change since that snapshot.
  await page.goto('./#/scan/upscaling');
  const first = page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') })
    .first();
  await first.getByRole('radio', { name: 'Strongly disagree' }).check();
  await page.goto('./#/results');
  await page.getByRole('link', { name: 'Board report (print or PDF)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Board report: Energie Coöperatie Zuid' }),
  ).toBeVisible();
  await expect(page.getByText(/Anna de Vries, 2027-01-31, To do/)).toBeVisible();
  await expect(page.getByText(/Compared with “Scan 2025”: .*Upscaling [▲▼]/)).toBeVisible();
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
    questionnaireVersion: '1',
  });
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download answers and scores (CSV)' }).click(),
  ]);
  const csvText = await readFile((await csv.path()) ?? '', 'utf8');
  expect(csvText.startsWith('\uFEFFRow,Area,Theme,')).toBe(true);
  expect(csvText.split('\r\n').length).toBeGreaterThan(70);

  page.on('dialog', () => {});
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('link', { name: 'Start the scan' })).toBeVisible();
  const keys = await page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('collective-scan:')),
  );
  expect(keys).toEqual([]);

  await page.goto('./#/data');
  await page.getByLabel('Open a saved file').setInputFiles(jsonPath);
  await expect(page.getByRole('dialog', { name: 'Use this saved copy?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, use the file' }).click();
  await expect(page.getByText('Done: 58 answers opened.')).toBeVisible();
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
  await expect(other.getByText('The link is damaged, cut off or too long.')).toBeVisible();
});

test('the radar downloads as a PNG at twice its size', async ({ page }) => {
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
  expect(bytes.readUInt32BE(20)).toBe(Math.round((box?.height ?? 0) * 2));
});

test('a file from another questionnaire version lists the unknown questions before anything changes', async ({
  page,
}) => {
  await page.goto('./#/data');
  const fixture = new URL('../fixtures/backup-other-questionnaire.json', import.meta.url).pathname;
  await page.getByLabel('Open a saved file').setInputFiles(fixture);
  const dialog = page.getByRole('dialog', { name: 'Use this saved copy?' });
  await expect(dialog).toContainText('2 answers belong to questions that no longer exist');
  await expect(dialog).toContainText('old-theme.q1, leadership.q9');
  await dialog.getByRole('button', { name: 'No, keep what is here' }).click();
  expect(await page.evaluate(() => localStorage.getItem('collective-scan:scan'))).toBeNull();
  await page.getByLabel('Open a saved file').setInputFiles(fixture);
  await page.getByRole('button', { name: 'Yes, use the file' }).click();
  await expect(page.getByText('Done: 4 answers opened.')).toBeVisible();
});
