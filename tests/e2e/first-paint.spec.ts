import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, fullAnswers, seedScan, test } from './fixtures';

const texts = <T>(language: string, namespace: string): T =>
  JSON.parse(
    readFileSync(new URL(`../../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'),
  );
type Shell = { start: { title: string; begin: string; continue: string } };
const en = texts<Shell>('en', 'common');
const nl = texts<Shell>('nl', 'common');
type Themes = { themes: Record<string, { title: string; intro: string }> };
type Wizard = { progressText: string };

/** Holds back the app's own code until `release()`: what is on screen then came from the HTML. */
async function holdAppCode(page: Page) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

/**
 * The sum of layout shifts so far (the page's own Cumulative Layout Shift, without input). The
 * target is 0.00 as Lighthouse reports it (two decimals): below 0.005.
 */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {
            value: number;
            hadRecentInput: boolean;
          }[]) {
            if (!entry.hadRecentInput) sum += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 500);
      }),
  );
}

async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.describe('the first screen comes with the page', () => {
  test('the start screen is readable before the app has run, then the app takes it over, tap included', async ({
    page,
  }) => {
    const release = await holdAppCode(page);
    await page.goto('./');
    await expect(heading(page)).toHaveText(en.start.title);
    await expect(page.getByRole('link', { name: en.start.begin })).toBeVisible();
    // The Dutch screen is in the page as well, but not shown.
    await expect(page.getByText(nl.start.title)).toBeHidden();
    await heading(page).evaluate((element) => {
      (element as unknown as { seenBeforeTheApp: boolean }).seenBeforeTheApp = true;
    });

    // A tap before the app has run is held, and given again once it has.
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(heading(page)).toHaveText(en.start.title);
    release();
    // The app runs: the held tap switched the language, and the heading is still the element
    // the page came with (hydrated, not drawn anew).
    await expect(heading(page)).toHaveText(nl.start.title);
    expect(
      await heading(page).evaluate(
        (element) => (element as unknown as { seenBeforeTheApp?: boolean }).seenBeforeTheApp,
      ),
    ).toBe(true);
    await expect(page.getByText(en.start.title)).toHaveCount(0);
  });

  test('a Dutch browser sees the Dutch start screen from the first paint', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const release = await holdAppCode(page);
    await page.goto('./');
    await expect(heading(page)).toHaveText(nl.start.title);
    await expect(page.getByText(en.start.title)).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    release();
    await expect(page.getByRole('link', { name: nl.start.begin })).toBeVisible();
    await context.close();
  });

  test('a language chosen earlier wins over the browser, before the app has run', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect(heading(page)).toHaveText(nl.start.title);
    const release = await holdAppCode(page);
    await page.reload();
    await expect(heading(page)).toHaveText(nl.start.title);
    await expect(page.getByText(en.start.title)).toBeHidden();
    release();
  });

  test('a link into the scan never shows the start screen', async ({ page }) => {
    const answers = Object.fromEntries(Object.entries(fullAnswers()).slice(0, 30));
    await seedScan(page, answers);
    const release = await holdAppCode(page);
    await page.goto('./#/scan/member-loyalty', { waitUntil: 'commit' });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByText(en.start.title)).toBeHidden();
    release();
    await expect(heading(page)).toHaveText('Loyal members');
  });
});

test.describe('a link into a theme: its heading and intro come with the page', () => {
  for (const [language, locale] of [
    ['en', 'en-GB'],
    ['nl', 'nl-NL'],
  ] as const) {
    test(`${language}: readable before the app has run, then the step fills in around them`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const theme = texts<Themes>(language, 'questionnaire').themes['member-loyalty'];
      const progress = texts<Wizard>(language, 'wizard').progressText;
      const count = (answered: number) =>
        progress.replace('{{answered}}', String(answered)).replace('{{total}}', '69');
      const answers = Object.fromEntries(Object.entries(fullAnswers()).slice(0, 30));
      await seedScan(page, answers);
      const release = await holdAppCode(page);
      await page.goto('./#/scan/member-loyalty', { waitUntil: 'commit' });
      await page.reload({ waitUntil: 'domcontentloaded' });

      const intro = page.getByText(theme?.intro ?? '-');
      await expect(heading(page)).toHaveText(theme?.title ?? '-');
      await expect(intro).toBeVisible();
      // How many are answered is not known before the app has read the stored answers: the
      // progress keeps its place but shows nothing, rather than a wrong count.
      await expect(page.getByRole('progressbar')).toHaveCount(0);
      await expect(page.getByText(count(69)).filter({ visible: true })).toHaveCount(0);
      await expect(page.getByRole('radio')).toHaveCount(0);
      const before = await intro.boundingBox();

      release();
      await expect(page.getByText(count(30))).toBeVisible();
      await expect(page.getByRole('radio').first()).toBeVisible();
      await expect(heading(page)).toHaveText(theme?.title ?? '-');
      // The app drew the step where its top already was.
      expect(await intro.boundingBox()).toEqual(before);
      await context.close();
    });
  }

  test('other themes, the start screen and projector mode show no theme top', async ({ page }) => {
    const release = await holdAppCode(page);
    await page.goto('./#/scan/recognition', { waitUntil: 'domcontentloaded' });
    await expect(heading(page)).toHaveText('Recognition by the government');
    await expect(page.getByText('Loyal members')).toBeHidden();
    await page.goto('./', { waitUntil: 'domcontentloaded' });
    await expect(heading(page)).toHaveText(en.start.title);
    release();
    await page.getByRole('button', { name: 'Projector mode' }).click();
    await expect(page.getByRole('button', { name: 'Projector mode' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Projector mode shows one statement without the intro: only the app draws that.
    const releaseAgain = await holdAppCode(page);
    await page.goto('./#/scan/recognition/2', { waitUntil: 'commit' });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(heading(page)).toHaveCount(0);
    releaseAgain();
    await expect(heading(page)).toHaveText('Recognition by the government');
    await expect(page.getByRole('radio').first()).toBeVisible();
  });
});

test.describe('no layout shift while a screen arrives (phone, 4× slower CPU)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the scan, reloaded mid-theme', async ({ page }) => {
    const answers = Object.fromEntries(Object.entries(fullAnswers()).slice(0, 30));
    await seedScan(page, answers);
    await page.goto('./#/scan/member-loyalty');
    await slowCpu(page);
    await page.reload();
    await expect(heading(page)).toHaveText('Loyal members');
    expect(await layoutShift(page)).toBeLessThan(0.005);
  });

  test('the results, reloaded', async ({ page }) => {
    await seedScan(page, fullAnswers());
    await page.goto('./#/results');
    await slowCpu(page);
    await page.reload();
    await expect(page.getByRole('img', { name: /radar/i }).first()).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.005);
  });

  test('the start screen of a board that has begun', async ({ page }) => {
    await seedScan(page, fullAnswers());
    await slowCpu(page);
    await page.reload();
    await expect(page.getByRole('link', { name: en.start.continue })).toBeVisible();
    expect(await layoutShift(page)).toBeLessThan(0.005);
  });
});
