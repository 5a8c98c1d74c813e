import { questionnaire } from '@/content/questionnaire';
import { profileExclusions } from '@/domain/applicability';
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

/** The profile the keyboard run types: one sector, no paid staff, founded 2014. */
const typedProfile = { sectors: ['energy' as const], paidStaff: 'none' as const, founded: 2014 };
const excluded = new Set(
  profileExclusions(questionnaire, typedProfile, new Date().getFullYear()).map(
    (exclusion) => exclusion.questionId,
  ),
);

const texts = {
  en: {
    start: 'Start the scan',
    name: 'Name of the collective (optional)',
    sector: 'Energy',
    legalForm: 'Legal form',
    members: 'Number of members',
    volunteers: 'Number of active volunteers',
    paidStaff: 'Paid staff',
    founded: 'Year founded',
    scale: 'Where are you active?',
    next: 'Next',
    results: 'See results',
    resultsTitle: 'Results for De Windvang',
    advice: 'Where to start',
    tuned: 'How your profile tuned this advice',
    addStep: /^Add to plan/,
    oneSector: 'Marked not applicable: your collective works in one sector only.',
    chart: /Radar chart of the twelve theme scores/,
  },
  nl: {
    start: 'Begin met de scan',
    name: 'Naam van het collectief (mag leeg)',
    sector: 'Energie',
    legalForm: 'Rechtsvorm',
    members: 'Aantal leden',
    volunteers: 'Aantal actieve vrijwilligers',
    paidStaff: 'Betaalde medewerkers',
    founded: 'Jaar van oprichting',
    scale: 'Waar is je collectief actief?',
    next: 'Volgende',
    results: 'Bekijk de uitkomst',
    resultsTitle: 'Uitkomst voor De Windvang',
    advice: 'Waar begin je?',
    tuned: 'Zo heeft je profiel dit advies bepaald',
    addStep: /^Zet in het plan/,
    oneSector: 'Op ‘niet van toepassing’ gezet: je collectief werkt maar in één sector.',
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
    await tabTo(page, page.getByLabel(t.volunteers));
    await page.keyboard.type('25');
    // The first choice: no paid staff.
    await tabTo(page, page.getByLabel(t.paidStaff));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByLabel(t.founded));
    await page.keyboard.type('2014');
    await tabTo(page, page.getByLabel(t.scale));
    await page.keyboard.press('ArrowDown');
    await tabTo(page, page.getByRole('button', { name: t.next }));
    await page.keyboard.press('Enter');

    for (const [index, theme] of themes.entries()) {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // What the profile rules out (one sector, no paid staff) is explained, not asked.
      const asked = theme.questions.filter((question) => !excluded.has(question.id));
      await expect(statements(page)).toHaveCount(asked.length);
      if (theme.id === 'sectoral-vision') {
        await expect(page.getByRole('main').getByText(t.oneSector)).toHaveCount(2);
      }
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
    // Three weakest themes, each an item of the advice list with its heading and first steps.
    const themeItems = advice
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(themeItems).toHaveCount(3);
    await expect(themeItems.first().getByRole('button', { name: t.addStep })).not.toHaveCount(0);
    await expect(advice.getByRole('heading', { level: 3, name: t.tuned })).toBeVisible();
  });
}

test('reload in the middle of a theme and on the results keeps the screen and the answers', async ({
  page,
}) => {
  await page.goto('./#/scan/upscaling');
  const groups = statements(page);
  await groups.nth(0).getByRole('radio', { name: 'Mostly true' }).check();
  await groups.nth(2).getByRole('radio', { name: "Don't know" }).check();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Growing impact' })).toBeVisible();
  await expect(groups.nth(0).getByRole('radio', { name: 'Mostly true' })).toBeChecked();
  await expect(groups.nth(2).getByRole('radio', { name: "Don't know" })).toBeChecked();

  await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
  await page.goto('./#/results');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Results for Buurtkracht' }),
  ).toBeVisible();
  const table = page.getByRole('table', {
    name: 'Scores per area and theme (higher = stronger)',
  });
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
  const leadership = page.getByRole('heading', { level: 1, name: 'Shared leadership' });
  await expect(leadership).toBeVisible();
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Well organised' })).toBeVisible();
  await page.goBack();
  await expect(leadership).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Sound finances' })).toBeVisible();
  await page.goForward();
  await expect(leadership).toBeVisible();
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
