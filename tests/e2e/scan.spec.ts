import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import {
  answerThemeByKeyboard,
  drawnShapes,
  expect,
  fullAnswers,
  seedScan,
  spokeLabels,
  statements,
  tabTo,
  test,
} from './fixtures';

const themes = allThemes(questionnaire);

const texts = {
  en: {
    start: 'Start the scan',
    name: 'Name of the collective (optional)',
    sector: 'Energy',
    legalForm: 'Legal form',
    members: 'Number of members',
    founded: 'Year founded',
    scale: 'Where are you active?',
    next: 'Next',
    results: 'See results',
    resultsTitle: 'Results for De Windvang',
    advice: 'Where to start',
    chart: /Radar chart of the twelve theme scores/,
  },
  nl: {
    start: 'Begin met de scan',
    name: 'Naam van het collectief (mag leeg)',
    sector: 'Energie',
    legalForm: 'Rechtsvorm',
    members: 'Aantal leden',
    founded: 'Jaar van oprichting',
    scale: 'Waar is je collectief actief?',
    next: 'Volgende',
    results: 'Bekijk de uitkomst',
    resultsTitle: 'Uitkomst voor De Windvang',
    advice: 'Waar begin je?',
    chart: /Radardiagram met de scores van de twaalf thema's/,
  },
};

for (const language of ['en', 'nl'] as const) {
  test(`the full scan with the keyboard only (${language})`, async ({ page }) => {
    const t = texts[language];
    await page.goto('./');
    if (language === 'nl') {
      await tabTo(page, page.getByRole('button', { name: 'Nederlands' }));
      await page.keyboard.press('Enter');
      await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    }
    await tabTo(page, page.getByRole('link', { name: t.start }));
    await page.keyboard.press('Enter');

    // Profile, typed and chosen with keys only.
    await tabTo(page, page.getByLabel(t.name));
    await page.keyboard.type('De Windvang');
    await tabTo(page, page.getByRole('checkbox', { name: t.sector }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel(t.legalForm));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByLabel(t.members));
    await page.keyboard.type('320');
    await tabTo(page, page.getByLabel(t.founded));
    await page.keyboard.type('2014');
    await tabTo(page, page.getByLabel(t.scale));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: t.next }));
    await page.keyboard.press('Enter');

    for (const [index, theme] of themes.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(statements(page)).toHaveCount(theme.questions.length);
      // Vary the answers per theme so the results have a real low end.
      await answerThemeByKeyboard(page, (q) => (index + q) % 5);
      const last = index === themes.length - 1;
      await tabTo(page, page.getByRole('link', { name: last ? t.results : t.next }));
      await page.keyboard.press('Enter');
    }

    await expect(page.getByRole('heading', { level: 1, name: t.resultsTitle })).toBeVisible();
    const chart = page.getByRole('img', { name: t.chart });
    await expect(chart).toBeVisible();
    await expect.poll(() => spokeLabels(chart)).toHaveLength(12);
    await expect.poll(() => drawnShapes(chart)).toHaveLength(1);
    const advice = page.getByRole('region', { name: t.advice });
    await expect(advice.getByRole('heading', { level: 3 })).toHaveCount(3);
    // Each theme (an item of the advice list) holds a list of first steps.
    const firstTheme = advice.getByRole('listitem').first();
    await expect(firstTheme.getByRole('list').first().getByRole('listitem')).not.toHaveCount(0);
  });
}

test('reload in the middle of a theme and on the results keeps the screen and the answers', async ({
  page,
}) => {
  await page.goto('./#/scan/upscaling');
  const groups = statements(page);
  await groups.nth(0).getByRole('radio', { name: 'Agree', exact: true }).check();
  await groups.nth(2).getByRole('radio', { name: "Don't know" }).check();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Upscaling' })).toBeVisible();
  await expect(groups.nth(0).getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
  await expect(groups.nth(2).getByRole('radio', { name: "Don't know" })).toBeChecked();

  await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
  await page.goto('./#/results');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: 'Scores per area and theme' });
  const scores = await table.textContent();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
  ).toBeVisible();
  await expect(table).toHaveText(scores ?? '');
});

test('browser back and forward move between steps', async ({ page }) => {
  await page.goto('./#/scan/financing-perspective');
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership' })).toBeVisible();
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Professionalisation' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership' })).toBeVisible();
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Financing perspective' }),
  ).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Leadership' })).toBeVisible();
});

test('the collective name is shown as text, never as markup', async ({ page }) => {
  await page.goto('./#/scan/profile');
  await page
    .getByLabel('Name of the collective (optional)')
    .fill('<img src=x onerror="window.__owned=1">');
  await page.getByLabel('Number of members').focus();
  await seedScan(page, fullAnswers(), { name: '<img src=x onerror="window.__owned=1">' });
  await page.goto('./#/results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Results for <img src=x onerror="window.__owned=1">',
  );
  expect(
    await page.evaluate(() => (window as unknown as { __owned?: number }).__owned),
  ).toBeUndefined();
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
});
