import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { drawnShapes, expect, fullAnswers, seedScan, statements, test } from './fixtures';

test('after the first visit the app loads and works with the network off', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByRole('status').getByText('Ready to work offline')).toBeVisible();
  await seedScan(page, fullAnswers(), { name: 'Offline Dorp' });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'How future-proof is your collective?',
  );
  // The wizard, the other language and the lazily loaded chart all come from the cache.
  await page.getByRole('link', { name: 'Continue the scan' }).click();
  await page.getByRole('link', { name: 'Sound finances' }).click();
  await statements(page).first().getByRole('radio', { name: 'Completely true' }).check();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gezonde financiën' })).toBeVisible();
  await expect(
    statements(page).first().getByRole('radio', { name: 'Klopt helemaal', exact: true }),
  ).toBeChecked();
  await page.getByRole('link', { name: 'Uitkomst', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Uitkomst voor Offline Dorp' }),
  ).toBeVisible();
  // The chart module came from the cache: the radar is drawn.
  await expect
    .poll(() => drawnShapes(page.getByRole('img', { name: /Radardiagram|Radar/ })))
    .toHaveLength(1);
  await context.setOffline(false);
});

test('on a phone, "ready to work offline" is a low bar that leaves the statement in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('./#/scan/financing-perspective');
  const notice = page.getByRole('status').filter({ hasText: 'Ready to work offline' });
  await expect(notice).toBeVisible();
  // Its title and close button only: before, its text made it 180 px tall over the answers.
  await expect(notice.getByText('This app now also works without internet')).toBeHidden();
  const box = await notice.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(80);
  const close = notice.getByRole('button', { name: 'Close message' });
  expect((await close.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await close.click();
  await expect(notice).toBeHidden();
});

test('the user is told when an update is available, and can reload into it', async ({ page }) => {
  const sw = new URL('../../dist/sw.js', import.meta.url);
  const original = await readFile(sw, 'utf8');
  try {
    await page.goto('./');
    await expect(page.getByRole('status').getByText('Ready to work offline')).toBeVisible();
    await page.reload();
    // A new build: the service worker script changes.
    await appendFile(sw, `\n// update ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByRole('status').getByText('A new version is available')).toBeVisible();
    await page.getByRole('button', { name: 'Reload now' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('A new version is available')).toHaveCount(0);
  } finally {
    await writeFile(sw, original);
  }
});
