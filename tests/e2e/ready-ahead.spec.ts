import type { Page } from '@playwright/test';
import { expect, fullAnswers, fullProfile, seedScan, seedSessions, test } from './fixtures';

// What the app fetches ahead of need must be all the next screen needs: these tests cut the
// network (the room's wifi drops) and the screen must still open. The service worker would
// serve the files from its cache and hide a gap, so it is kept out.
test.use({ serviceWorkers: 'block' });

/** Resolves once the page has fetched files whose address matches every pattern. */
async function fetched(page: Page, patterns: RegExp[]) {
  await page.waitForFunction(
    (sources) =>
      sources.every((source) =>
        performance
          .getEntriesByType('resource')
          .some((entry) => new RegExp(source).test(entry.name)),
      ),
    patterns.map((pattern) => pattern.source),
  );
}

const ADVICE = { en: 'Where to start', nl: 'Waar begin je?' };

for (const language of ['en', 'nl'] as const) {
  test(`from the last theme, the results open with the wifi gone (${language})`, async ({
    page,
  }) => {
    // Counts the out-of-sight radar (the warm-up) coming into the page and leaving it.
    await page.addInitScript(() => {
      const seen = { added: 0, removed: 0 };
      (window as unknown as { warmUps: typeof seen }).warmUps = seen;
      const count = (nodes: NodeList, key: keyof typeof seen) => {
        for (const node of nodes)
          if (node instanceof HTMLElement && node.classList.contains('radar-warm-up'))
            seen[key] += 1;
      };
      new MutationObserver((records) => {
        for (const record of records) {
          count(record.addedNodes, 'added');
          count(record.removedNodes, 'removed');
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await seedScan(page, fullAnswers(), fullProfile);
    if (language === 'nl') await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.goto('./#/scan/recognition');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // While the member reads the last theme: the results screen, its texts and the chart.
    await fetched(page, [
      /\/results-[\w-]+\.js$/,
      /\/radar-chart-[\w-]+\.js$/,
      /\/advice-[\w-]+\.json$/,
      /\/handin-[\w-]+\.json$/,
    ]);
    // The chart was drawn once out of sight to warm up; nothing of it stays in the page.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { warmUps: object }).warmUps))
      .toEqual({ added: 1, removed: 1 });
    await expect(page.locator('body > .radar-warm-up')).toHaveCount(0);

    await page.route('**/*', (route) => route.abort('internetdisconnected'));
    await page
      .getByRole('main')
      .getByRole('link', { name: /See results|Bekijk de uitkomst/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      language === 'en' ? 'Results for Buurtkracht' : 'Uitkomst voor Buurtkracht',
    );
    const chart = page.getByRole('img', { name: /radar/i });
    await expect(chart.locator('.recharts-polygon').first()).toBeVisible();
    const start = page.getByRole('region', {
      name: language === 'en' ? 'Weakest and strongest themes' : "Zwakste en sterkste thema's",
    });
    await expect(start.getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('region', { name: ADVICE[language] })).toBeVisible();
    await expect(
      page.getByRole('region', { name: language === 'en' ? 'Hand in by QR code' : /QR-code/ }),
    ).toBeVisible();
  });
}

test('a QR code whose library cannot be fetched says so, in the chosen language', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), fullProfile);
  await page.route(/\/lean-qr-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  await page.goto('./#/results');
  const section = page.getByRole('region', { name: 'Hand in by QR code' });
  await expect(
    section.getByText('The QR code could not be loaded. Check the connection and reload the page.'),
  ).toBeVisible();
  await expect(section.getByRole('img')).toHaveCount(0);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(
    page.getByText('De QR-code kon niet laden. Kijk of er internet is en laad de pagina opnieuw.'),
  ).toBeVisible();
});

test('M opens the projector menu even when pressed before the menu has loaded', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await seedSessions(page);
  await page.getByRole('button', { name: /Projector mode/ }).click();
  // The menu's code is held back until M has been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/projector-menu-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // A screen the app draws itself (the start screen is in the HTML before the app runs).
  await page.goto('./#/workshop');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Menu (M)' })).toHaveCount(0);
  await page.keyboard.press('m');
  release();
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeVisible();
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog', { name: 'Menu' })).toBeHidden();
});
