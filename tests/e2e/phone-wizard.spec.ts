import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { allThemes, optionsOf } from '@/domain/questionnaire';
import { expect, fullProfile, seedScan, statements, test } from './fixtures';

/**
 * The scan on a board member's phone (360×740): a statement with all its answers on one screen,
 * its text inside its card; "continue" and a reload land on the first open statement; an answer
 * given by pointer brings the next one into view, one given by keyboard moves nothing; a compact
 * header; the start button on the first screen. Plus the wide layouts the same cards use.
 */
const phone = { width: 360, height: 740 };

// No service worker: its "ready to work offline" message pops up over the bottom of the screen
// at a moment of its own, and a covered tap makes Playwright scroll (offline.spec.ts covers it).
test.use({ serviceWorkers: 'block' });
const themes = allThemes(questionnaire);
const texts = {
  en: {
    locale: 'en-GB',
    start: 'Start the scan',
    continue: 'Continue the scan',
    startOver: 'Start over',
    menu: 'Menu',
    navigation: 'Main',
    otherLanguage: 'Nederlands',
    projector: /Projector mode/,
    longest: 'Mostly true',
  },
  nl: {
    locale: 'nl-NL',
    start: 'Begin met de scan',
    continue: 'Ga verder met de scan',
    startOver: 'Opnieuw beginnen',
    menu: 'Menu',
    navigation: 'Hoofdmenu',
    otherLanguage: 'English',
    projector: /Beamerstand/,
    longest: 'Klopt grotendeels',
  },
};

/**
 * The header may take at most a tenth of a 740 px phone screen (74 px): one row holding a
 * 44 px touch target (the menu button) with its padding. The old header took a quarter.
 */
const HEADER_MAX = phone.height / 10;

type Box = { top: number; bottom: number; left: number; right: number };

/** Where an element is drawn, relative to the viewport. */
const boxOf = (locator: Locator): Promise<Box> =>
  locator.evaluate((element) => {
    const { top, bottom, left, right } = element.getBoundingClientRect();
    return { top, bottom, left, right };
  });

/** The boxes of a statement's answer labels, what the user reads and taps. */
const labelBoxes = (group: Locator): Promise<(Box & { text: string })[]> =>
  group.getByRole('radio').evaluateAll((radios) =>
    radios.map((radio) => {
      const label = (radio as HTMLInputElement).labels?.[0];
      const { top, bottom, left, right } = label?.getBoundingClientRect() ?? new DOMRect();
      return { top, bottom, left, right, text: label?.textContent ?? '' };
    }),
  );

function expectInViewport(page: Page, box: Box, what: string) {
  const { width, height } = page.viewportSize() ?? phone;
  expect(box.top, `${what}: top`).toBeGreaterThanOrEqual(0);
  expect(box.left, `${what}: left`).toBeGreaterThanOrEqual(0);
  expect(box.bottom, `${what}: bottom`).toBeLessThanOrEqual(height);
  expect(box.right, `${what}: right`).toBeLessThanOrEqual(width);
}

/** Answers statements as the app stores them (valid options of each one's own scale). */
function answersFor(themeIndexes: number[], firstOfNext = 0) {
  const answers: Record<string, string> = {};
  for (const index of themeIndexes) {
    for (const question of themes[index]?.questions ?? []) {
      answers[question.id] = optionsOf(questionnaire, question)[1]?.id ?? 'dont-know';
    }
  }
  const next = themes[Math.max(...themeIndexes) + 1];
  for (const question of next?.questions.slice(0, firstOfNext) ?? []) {
    answers[question.id] = 'dont-know';
  }
  return answers;
}

/** Whether `element` is wholly on screen right now (no waiting). */
const whollyInView = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

/** The page's scroll position once it has stopped moving (a smooth scroll has ended). */
async function stillScroll(page: Page): Promise<number> {
  let last = Number.NaN;
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => window.scrollY);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [200] },
    )
    .toBe(true);
  return last;
}

for (const language of ['en', 'nl'] as const) {
  const t = texts[language];

  test.describe(`on a phone (${language})`, () => {
    test.use({ viewport: phone, locale: t.locale });

    test('each statement with all its answers fits one screen, its text inside its card', async ({
      page,
    }) => {
      await page.goto('./#/scan/leadership');
      const groups = statements(page);
      await expect(groups).toHaveCount(themes[1]?.questions.length ?? 0);
      for (const group of await groups.all()) {
        await group.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        const card = await boxOf(group);
        const legend = await boxOf(group.locator('legend'));
        // The statement is drawn inside the card, below its top border, not across it.
        expect(legend.top, 'statement below the top border').toBeGreaterThan(card.top);
        expect(legend.bottom).toBeLessThanOrEqual(card.bottom);
        expect(legend.left).toBeGreaterThan(card.left);
        expect(legend.right).toBeLessThan(card.right);
        expectInViewport(page, legend, 'statement');
        const labels = await labelBoxes(group);
        expect(labels).toHaveLength(7);
        for (const label of labels) expectInViewport(page, label, label.text);
      }
    });

    test('the ladder keeps its eight long answers whole and readable', async ({ page }) => {
      await page.goto('./#/scan/sham-participation');
      const ladder = statements(page).filter({ has: page.getByRole('radio').nth(9) });
      await expect(ladder).toHaveCount(1);
      const labels = ladder.getByRole('radio');
      await expect(labels).toHaveCount(10);
      const fit = await labels.evaluateAll((radios) =>
        radios.map((radio) => {
          const label = (radio as HTMLInputElement).labels?.[0] as HTMLElement;
          return {
            size: Number.parseFloat(getComputedStyle(label).fontSize),
            overflows: label.scrollWidth > label.clientWidth + 1,
          };
        }),
      );
      for (const { size, overflows } of fit) {
        expect(size).toBeGreaterThanOrEqual(14);
        expect(overflows).toBe(false);
      }
    });

    test('the start button is on the first screen, and start over only when there is something to remove', async ({
      page,
    }) => {
      await page.goto('./');
      await expect(page.getByRole('link', { name: t.start })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('button', { name: t.startOver })).toHaveCount(0);

      await seedScan(page, answersFor([0]), fullProfile);
      await expect(page.getByRole('link', { name: t.continue })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole('main').getByRole('button', { name: t.startOver })).toBeVisible();
    });

    test('a compact header: title and a menu that holds the navigation, language and projector mode', async ({
      page,
    }) => {
      await page.goto('./');
      const header = page.getByRole('banner');
      const height = (await header.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
      expect(height).toBeLessThanOrEqual(HEADER_MAX);

      const menu = header.getByRole('button', { name: t.menu });
      const navigation = page.getByRole('navigation', { name: t.navigation });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(navigation).toBeHidden();
      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(navigation).toBeVisible();
      await expect(header.getByRole('button', { name: t.projector })).toBeVisible();
      await expect(header.getByRole('button', { name: t.otherLanguage })).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);

      // Escape closes it and gives focus back to the button; choosing a screen closes it too.
      await page.keyboard.press('Escape');
      await expect(navigation).toBeHidden();
      await expect(menu).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(navigation).toBeVisible();
      await navigation.getByRole('link').last().click();
      await expect(page).toHaveURL(/#\/method$/);
      await expect(navigation).toBeHidden();
    });
  });
}

test.describe('on a phone, where the scan picks up', () => {
  test.use({ viewport: phone });

  test('"continue" opens the first unanswered statement of the scan, in view', async ({ page }) => {
    // The first two themes done, two statements of the third answered: the third is next.
    await seedScan(page, answersFor([0, 1], 2), fullProfile);
    await page.getByRole('link', { name: 'Continue the scan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Well organised' })).toBeVisible();
    await expect(page).toHaveURL(/#\/scan\/professionalisation$/);
    const groups = statements(page);
    await expect(groups.nth(2)).toBeInViewport({ ratio: 1 });
    await expect(groups.nth(2).getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(groups.nth(1).getByRole('radio', { checked: true })).toHaveCount(1);
  });

  test('a reload in the middle of a theme lands on its first unanswered statement', async ({
    page,
  }) => {
    const leadership = themes[1]?.questions ?? [];
    await seedScan(
      page,
      Object.fromEntries(leadership.slice(0, 3).map((question) => [question.id, 'dont-know'])),
    );
    await page.goto('./#/scan/leadership');
    await expect(statements(page).nth(3)).toBeInViewport({ ratio: 1 });
    // From the top of the page, as a reload starts: the page comes back to the open statement.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Shared leadership' })).toBeAttached();
    await expect(statements(page).nth(3)).toBeInViewport({ ratio: 1 });
    await expect(statements(page).nth(3).getByRole('radio', { checked: true })).toHaveCount(0);

    // A theme not begun opens at its top, on its introduction.
    await page.goto('./#/scan/upscaling');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Growing impact' })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('an answer by pointer brings the next open statement into view; by keyboard nothing moves', async ({
    page,
  }) => {
    await page.goto('./#/scan/leadership');
    const groups = statements(page);
    const chosen = groups.nth(0).getByRole('radio', { name: 'Mostly true' });
    await chosen.click();
    await expect(groups.nth(1)).toBeInViewport({ ratio: 1 });
    // Focus stays on the answer just given.
    await expect(chosen).toBeFocused();

    // Keyboard: Tab into the next statement and answer it; focus and page stay put.
    await stillScroll(page);
    await page.keyboard.press('Tab');
    const first = groups.nth(1).getByRole('radio').first();
    await expect(first).toBeFocused();
    const before = await stillScroll(page);
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await page.waitForTimeout(700);
    await expect(first).toBeFocused();
    expect(await stillScroll(page)).toBe(before);
    expect(await whollyInView(groups.nth(2))).toBe(false);

    // Changing an answer already given moves nothing either.
    await groups.nth(1).getByRole('radio', { name: 'Partly true' }).click();
    await page.waitForTimeout(700);
    expect(await stillScroll(page)).toBe(before);
  });

  test('the list of all steps starts folded under the step, and opens', async ({ page }) => {
    await page.goto('./#/scan/leadership');
    const steps = page.getByRole('navigation', { name: 'All steps' });
    await expect(steps).toBeHidden();
    await page.getByText('All steps', { exact: true }).click();
    await expect(steps.getByRole('link', { name: /Sound finances/ })).toBeVisible();
  });

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' });

    test('the next statement is there at once, without gliding', async ({ page }) => {
      await page.goto('./#/scan/leadership');
      const groups = statements(page);
      await groups.nth(0).getByRole('radio', { name: 'Mostly true' }).click();
      expect(await whollyInView(groups.nth(1))).toBe(true);
    });
  });
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
]) {
  test.describe(`on a laptop ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, locale: 'nl-NL' });

    test('the answers stay side by side, each label whole inside its own box, chosen or not', async ({
      page,
    }) => {
      await page.goto('./#/scan/leadership');
      await expect(page.getByRole('button', { name: texts.nl.menu })).toHaveCount(0);
      await expect(page.getByRole('navigation', { name: texts.nl.navigation })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Alle stappen' })).toBeVisible();
      const group = statements(page).first();
      await group.getByRole('radio', { name: texts.nl.longest }).check();
      const labels = await labelBoxes(group);
      const scale = labels.slice(0, 5);
      // One row: the five scale answers share their top, and none reaches into the next one
      // (joined, they share a border at most).
      for (const label of scale) expect(label.top).toBe(scale[0]?.top);
      for (const [index, label] of scale.slice(0, -1).entries()) {
        expect(label.right, label.text).toBeLessThanOrEqual((scale[index + 1]?.left ?? 0) + 1.5);
      }
      const overflowing = await group.getByRole('radio').evaluateAll((radios) =>
        radios
          .map((radio) => (radio as HTMLInputElement).labels?.[0] as HTMLElement)
          .filter((label) => label.scrollWidth > label.clientWidth + 1)
          .map((label) => label.textContent),
      );
      expect(overflowing).toEqual([]);
    });
  });
}
