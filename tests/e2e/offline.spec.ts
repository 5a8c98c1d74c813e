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
