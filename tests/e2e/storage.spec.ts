import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, statements, test } from './fixtures';

const KEY = 'collective-scan:scan';

/** Puts a raw value under the scan key before the app starts, then opens the app. */
async function startWithStored(page: Page, raw: string) {
  await page.goto('./#/method');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw] as const);
  await page.goto('./#/scan/leadership');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Shared leadership' })).toBeVisible();
}

const storedValue = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const backupKeys = (page: Page) =>
  page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(prefix))
        .sort(),
    `${KEY}:backup`,
  );

async function downloadedText(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download saved data' }).click(),
  ]);
  return readFile((await download.path()) ?? '', 'utf8');
}

test('corrupt JSON: the app starts, tells the user, offers the raw data, and keeps a copy', async ({
  page,
}) => {
  const raw = '{"state":{"answers":{"leadership.q1":"agr';
  await startWithStored(page, raw);
  const alert = page.getByRole('alert');
  await expect(alert.getByText('Your saved answers and profile could not be read')).toBeVisible();
  await expect(alert).toContainText('Everything else on this device is untouched.');
  expect(await downloadedText(page)).toBe(raw);
  const [backupKey] = await backupKeys(page);
  expect(backupKey).toMatch(/^collective-scan:scan:backup:\d{4}-\d{2}-\d{2}T/);
  expect(await storedValue(page, backupKey ?? '')).toBe(raw);

  // Working on never touches the copy.
  await statements(page).first().getByRole('radio', { name: 'Mostly true' }).check();
  await page.reload();
  await expect(statements(page).first().getByRole('radio', { name: 'Mostly true' })).toBeChecked();
  expect(await backupKeys(page)).toEqual([backupKey]);
  expect(await storedValue(page, backupKey ?? '')).toBe(raw);
});

test('data from a future version: left untouched, the user is told and can download it', async ({
  page,
}) => {
  const raw = JSON.stringify({
    version: 99,
    state: { answers: { 'leadership.q1': 'agree' }, extra: [1, 2] },
  });
  await startWithStored(page, raw);
  await expect(
    page.getByRole('alert').getByText('Your answers and profile were saved with a newer version'),
  ).toBeVisible();
  expect(await downloadedText(page)).toBe(raw);
  await statements(page).first().getByRole('radio', { name: 'Slightly true' }).check();
  await expect(
    statements(page).first().getByRole('radio', { name: 'Slightly true' }),
  ).toBeChecked();
  expect(await storedValue(page, KEY)).toBe(raw);
});

test('storage that throws on write (quota exceeded): a notice, and the app works in memory', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./#/scan/leadership');
  const first = statements(page).first();
  await first.getByRole('radio', { name: 'Mostly true' }).check();
  await expect(
    page.getByRole('alert').getByText(/Not saved on this device: .*answers and profile/),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('The storage of this browser is full.');
  await page.getByRole('link', { name: 'Next' }).click();
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(first.getByRole('radio', { name: 'Mostly true' })).toBeChecked();
});

test('storage blocked entirely: the app starts, says so, and works in memory', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  await page.goto('./#/scan/leadership');
  const alert = page.getByRole('alert');
  await expect(alert.getByText(/Not saved on this device: .*answers and profile/)).toBeVisible();
  await expect(alert).toContainText('This browser does not let this app store anything here');
  // Half of the six statements: enough for a score.
  for (let index = 0; index < 3; index += 1) {
    await statements(page).nth(index).getByRole('radio', { name: 'Partly true' }).check();
  }
  await page.getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your results' })).toBeVisible();
  await expect(
    page
      .getByRole('row', { name: /Shared leadership/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('50');
});
