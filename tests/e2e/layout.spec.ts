import type { Page } from '@playwright/test';
import { expect, fullAnswers, seedScan, seedSessions, tabTo, test } from './fixtures';

const screens = [
  '#/',
  '#/scan/profile',
  '#/scan/sham-participation',
  '#/results',
  '#/method',
  '#/workshop',
  '#/workshop/merge-1',
  '#/workshop/merge-1/results',
  '#/workshop/merge-1/discuss/1',
  '#/workshop/tally-1/tally/1',
];
const viewports = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'projector', width: 1024, height: 768 },
];

/** Controls that fall outside the page's width, or that Tab never reaches. */
async function unreachableControls(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const controls = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary'),
    ];
    for (const control of controls) {
      if (control.closest('[hidden], dialog:not([open])')) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // Inside a region that scrolls sideways (a wide table on a phone), a control is reached by
      // scrolling that region.
      let scroller = control.parentElement;
      while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) {
        scroller = scroller.parentElement;
      }
      if (scroller) continue;
      if (box.left < -1 || box.right > width + 1) {
        problems.push(`${control.tagName} "${control.textContent?.trim() ?? ''}" is off screen`);
      }
    }
    return problems;
  });
}

for (const viewport of viewports) {
  test.describe(`${viewport.name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('no horizontal scrolling, and every control on screen and reachable by Tab', async ({
      page,
    }) => {
      await seedSessions(page);
      await seedScan(page, fullAnswers(), { name: 'Stichting Buurtkracht Noordoost' });
      for (const screen of screens) {
        await page.goto(`./${screen}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
        expect(await unreachableControls(page), screen).toEqual([]);
        // The last control of the page (start over, in the footer) is reachable with Tab.
        await tabTo(page, page.getByRole('contentinfo').getByRole('button'), { max: 200 });
        await expect(page.getByRole('contentinfo').getByRole('button'), screen).toBeFocused();
      }
    });
  });
}

test.describe('200% zoom', () => {
  // A 1280 px wide window at 200% zoom lays out like a 640 px wide one at double density.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('the wizard stays usable', async ({ page }) => {
    await page.goto('./#/scan/leadership');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const first = page.getByRole('main').getByRole('group').first();
    await first.getByRole('radio', { name: 'Mostly true' }).check();
    await expect(first.getByRole('radio', { name: 'Mostly true' })).toBeChecked();
    await page.getByRole('link', { name: 'Next' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Well organised' })).toBeVisible();
  });
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`projector at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('large type, one statement, nothing sideways', async ({ page }) => {
      await page.goto('./#/scan/community-building');
      // (A tap that comes before the app has taken the page over is held and given once it has.)
      await page.getByRole('button', { name: /Projector mode/ }).click();
      // Large enough to read from the back of a room: at least 3% of the screen's height (the
      // root size follows the smaller of width and height, so everything still fits).
      await expect
        .poll(() =>
          page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize)),
        )
        .toBeGreaterThanOrEqual(size.height * 0.03);
      await expect(page.getByRole('main').getByRole('group')).toHaveCount(1);
      await expect(page.getByRole('main').getByRole('group')).toBeInViewport();
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
