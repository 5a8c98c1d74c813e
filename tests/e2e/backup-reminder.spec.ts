import type { Page } from '@playwright/test';
import { expect, fullAnswers, seedScan, test } from './fixtures';

/**
 * Safari may erase a site's storage after seven days without a visit: answers left unsaved to a
 * file for days bring a reminder on the start screen (where a returning user arrives; never on
 * the scan's own screens), which stays closed once closed, also after a reload, and goes away once
 * a copy is saved. The clock is fixed: seedScan's answers date from 1 January 2026.
 */
const reminder = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Save a copy of your answers' });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-01-05T10:00:00Z') });
});

test('answers unsaved for four days bring one reminder on the start screen; closing it is remembered', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
  await expect(reminder(page)).toContainText('you last changed them on January 1, 2026');
  // Not on the scan's own screens: it never follows the user around.
  await page.goto('./#/results');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
  ).toBeVisible();
  await expect(reminder(page)).toHaveCount(0);
  await page.goto('./#/');
  await reminder(page).getByRole('button', { name: "Don't remind me again" }).click();
  await expect(reminder(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Continue the scan' })).toBeVisible();
  await page.clock.runFor(2000);
  await expect(reminder(page)).toHaveCount(0);
});

test('saving a copy from the reminder ends it; the data page says when and whether storage is kept', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
  await reminder(page).getByRole('link', { name: 'Save a copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
  const keep = page.getByRole('region', { name: 'Does this browser keep your data?' });
  await expect(keep).toContainText('No copy has been saved as a file from this device yet.');
  await expect(keep).toContainText(
    /^Does this browser keep your data\?(Yes|Not for certain|This browser does not say)/,
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save everything (JSON)' }).click();
  await download;
  await expect(keep).toContainText('Last copy saved from this device: January 5, 2026');
  await page.goto('./#/');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Continue the scan' })).toBeVisible();
  await page.clock.runFor(2000);
  await expect(reminder(page)).toHaveCount(0);
});

test('in Dutch, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  const herinnering = page
    .getByRole('status')
    .filter({ hasText: 'Bewaar een kopie van je antwoorden' });
  await expect(herinnering).toContainText('je hebt ze voor het laatst veranderd op 1 januari 2026');
  // Right under the start buttons: on a phone one scroll away, and then whole on the screen.
  await herinnering.scrollIntoViewIfNeeded();
  await expect(herinnering.getByRole('link', { name: 'Bewaar een kopie' })).toBeInViewport();
  await expect(herinnering.getByRole('button', { name: 'Herinner me niet meer' })).toBeInViewport();
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: test.info().outputPath('reminder-nl-360.png') });
});
