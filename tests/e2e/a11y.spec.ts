import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  drawnShapes,
  expect,
  fullAnswers,
  seedRecords,
  seedScan,
  seedSessions,
  spokeLabels,
  test,
} from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}

const screens: {
  name: string;
  path: string;
  projector?: boolean;
  prepare?: (page: Page) => Promise<void>;
}[] = [
  { name: 'start', path: '#/' },
  { name: 'profile', path: '#/scan/profile' },
  {
    name: 'profile with errors',
    path: '#/scan/profile',
    prepare: async (page) => {
      await page.getByRole('button', { name: /Next|Volgende/ }).click();
      await expect(
        page.getByText(/Tick at least one field of work|Kies minstens één werkveld/),
      ).toBeVisible();
    },
  },
  { name: 'theme', path: '#/scan/community-building' },
  { name: 'ladder question', path: '#/scan/sham-participation' },
  { name: 'results', path: '#/results' },
  { name: 'method', path: '#/method' },
  { name: 'workshop sessions', path: '#/workshop' },
  { name: 'merge session', path: '#/workshop/merge-1' },
  { name: 'tally', path: '#/workshop/tally-1/tally/1' },
  {
    name: 'tally revealed',
    path: '#/workshop/tally-1/tally/1',
    prepare: async (page) => {
      await page.keyboard.press('r');
      await expect(page.getByText(/4 (votes|stemmen) \(57%\)/)).toBeVisible();
    },
  },
  {
    name: 'group results',
    path: '#/workshop/merge-1/results',
    prepare: async (page) => {
      await page
        .getByText(/: (how many chose each answer|hoeveel mensen kozen welk antwoord)$/)
        .first()
        .click();
    },
  },
  { name: 'projector statement', path: '#/scan/leadership', projector: true },
  {
    name: 'projector menu with the address code',
    path: '#/workshop/merge-1/results',
    projector: true,
    prepare: async (page) => {
      await page.keyboard.press('m');
      const menu = page.getByRole('dialog', { name: 'Menu' });
      await menu.getByText(/Show the app's address|Laat het adres van de app zien/).click();
      await expect(menu.getByRole('img', { name: /QR/ })).toBeVisible();
    },
  },
  { name: 'discussion', path: '#/workshop/merge-1/discuss/1', projector: true },
  { name: 'audience window', path: '#/room/tally-1' },
  { name: 'history and comparison', path: '#/history' },
  { name: 'board report', path: '#/report' },
  { name: 'your data', path: '#/data' },
  {
    name: 'shared results',
    path: '#/results',
    prepare: async (page) => {
      const link = await page
        .getByLabel(/Link to these results|Link naar deze uitkomst/)
        .inputValue();
      await page.goto(link);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
  {
    name: 'start over dialog',
    path: '#/',
    prepare: async (page) => {
      await page
        .getByRole('main')
        .getByRole('button', { name: /Start over|Opnieuw beginnen/ })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
];

for (const viewport of [
  { name: 'phone', width: 360, height: 740 },
  { name: 'projector', width: 1024, height: 768 },
]) {
  test.describe(`axe at ${viewport.name} size`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const language of ['en', 'nl'] as const) {
      for (const screen of screens) {
        test(`${screen.name} in ${language} has no WCAG A/AA violations`, async ({ page }) => {
          await seedSessions(page);
          await seedRecords(page);
          await seedScan(page, fullAnswers(), { name: 'Buurtkracht', members: 80 });
          // On a phone the language switch and projector toggle sit behind the header's menu.
          if (viewport.name === 'phone' && (language === 'nl' || screen.projector))
            await page.getByRole('button', { name: 'Menu' }).click();
          if (language === 'nl') await page.getByRole('button', { name: 'Nederlands' }).click();
          if (screen.projector)
            await page.getByRole('button', { name: /Projector mode|Beamerstand/ }).click();
          await page.goto(`./${screen.path}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          await screen.prepare?.(page);
          await expectNoViolations(page, `${screen.name} (${language}, ${viewport.name})`);
        });
      }
    }
  });
}

test('storage notices have no violations', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('collective-scan:scan', '{broken'));
  await page.reload();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'corrupt storage notice');
});

test.describe('forced colours and reduced motion', () => {
  test.use({ colorScheme: 'light' });

  test('the results still tell everything', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
    await page.goto('./#/results');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
    ).toBeVisible();
    // The chart's shape and labels are drawn, and every number is also in the table and the text.
    const chart = page.getByRole('img', { name: /Radar chart/ });
    await expect(chart).toBeVisible();
    await expect.poll(() => spokeLabels(chart)).toHaveLength(12);
    // drawnShapes counts only outlines whose stroke is painted in forced colours.
    await expect.poll(() => drawnShapes(chart)).not.toHaveLength(0);
    await expect(
      page
        .getByRole('table', { name: 'Scores per area and theme (higher = stronger)' })
        .getByRole('row'),
    ).toHaveCount(16);
    // Three themes with advice, each an item with its heading.
    const advice = page.getByRole('region', { name: 'Where to start' });
    await expect(
      advice.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }),
    ).toHaveCount(3);
    await expectNoViolations(page, 'results in forced colours');
  });
});
