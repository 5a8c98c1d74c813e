import { expect, fullAnswers, seedScan, storedScan, test } from './fixtures';

const screens = [
  {
    path: '#/',
    en: 'How future-proof is your collective?',
    nl: 'Hoe toekomstbestendig is je collectief?',
  },
  { path: '#/scan/profile', en: 'About your collective', nl: 'Over je collectief' },
  { path: '#/scan/member-loyalty', en: 'Loyal members', nl: 'Trouwe leden' },
  { path: '#/results', en: 'Results for Buurtkracht', nl: 'Uitkomst voor Buurtkracht' },
  { path: '#/method', en: 'How the scan works', nl: 'Zo werkt de scan' },
];

test('switching language on every screen keeps the answers', async ({ page }) => {
  const answers = fullAnswers();
  await seedScan(page, answers, { name: 'Buurtkracht', members: 90 });
  const stored = () => storedScan(page);

  for (const screen of screens) {
    await page.goto(`./${screen.path}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.en);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.nl);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    expect((await stored()).answers).toEqual(answers);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
  expect((await stored()).answers).toEqual(answers);
  expect((await stored()).profile).toEqual({ name: 'Buurtkracht', members: 90 });
});

test.describe('in a Dutch browser', () => {
  test.use({ locale: 'nl-NL' });

  test('the language follows the browser, and a chosen language is remembered', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Hoe toekomstbestendig is je collectief?',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'How future-proof is your collective?',
    );
  });
});
