import type { Locator, Page } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { roundScore } from '@/domain/math';
import { allThemes } from '@/domain/questionnaire';
import { scoreAssessment } from '@/domain/scoring';
import { expect, fullAnswers, fullProfile, seedScan, test } from './fixtures';

/**
 * The results lead with the picture: on a phone every spoke of the radar is named in words,
 * inside the chart and clear of the others; the radar is on the first screen; an index reaches
 * the rest of a long page; "Change" on a theme has a way back; history compares one snapshot
 * with the answers as they stand now.
 */

const themes = allThemes(questionnaire);

type Box = { left: number; top: number; right: number; bottom: number };
type Label = { box: Box; visible: string };

/**
 * Each spoke label of a radar as drawn: its box, and the text a reader sees (left out: what is
 * hidden with display: none, and what is drawn at size 0, such as the space between two lines).
 */
async function drawnLabels(chart: Locator): Promise<{ svg: Box; labels: Label[] }> {
  return chart.evaluate((element) => {
    const box = (node: Element) => {
      const rect = node.getBoundingClientRect();
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    };
    const shown = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      const style = getComputedStyle(node);
      if (style.display === 'none' || Number.parseFloat(style.fontSize) === 0) return '';
      return [...node.childNodes].map(shown).join('');
    };
    const svg = element.querySelector('svg');
    const labels = [...element.querySelectorAll('svg text')]
      .filter((text) => /^\d+\s/.test(text.textContent?.trim() ?? ''))
      .map((text) => ({ box: box(text), visible: shown(text) }));
    return { svg: svg ? box(svg) : { left: 0, top: 0, right: 0, bottom: 0 }, labels };
  });
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function openResults(page: Page) {
  await seedScan(page, fullAnswers(), fullProfile);
  await page.goto('./#/results');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const chart = page.getByRole('img', { name: /Radar/ });
  await expect.poll(async () => (await drawnLabels(chart)).labels.length).toBe(12);
  return chart;
}

const languages = {
  en: {
    locale: 'en-GB',
    results: 'Results for Buurtkracht',
    back: 'Back to results',
    change: 'Change Shared leadership',
    theme: 'Shared leadership',
  },
  nl: {
    locale: 'nl-NL',
    results: 'Uitkomst voor Buurtkracht',
    back: 'Terug naar de uitkomst',
    change: 'Aanpassen Gedeeld leiderschap',
    theme: 'Gedeeld leiderschap',
  },
} as const;

for (const [language, t] of Object.entries(languages)) {
  test.describe(`results in ${language}`, () => {
    test.use({ locale: t.locale });

    for (const viewport of [
      { width: 320, height: 640 },
      { width: 360, height: 740 },
    ]) {
      test(`at ${viewport.width}×${viewport.height} every spoke is named in words, inside the chart, clear of the others`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        const chart = await openResults(page);
        const { svg, labels } = await drawnLabels(chart);
        for (const [index, { box, visible }] of labels.entries()) {
          const name = `label ${index + 1} "${visible}"`;
          // Words, not only a number and a score.
          expect(visible, name).toMatch(new RegExp(`^${index + 1} \\p{L}{2,}`, 'u'));
          expect(box.left, name).toBeGreaterThanOrEqual(svg.left - 0.5);
          expect(box.top, name).toBeGreaterThanOrEqual(svg.top - 0.5);
          expect(box.right, name).toBeLessThanOrEqual(svg.right + 0.5);
          expect(box.bottom, name).toBeLessThanOrEqual(svg.bottom + 0.5);
          for (const [other, next] of labels.entries()) {
            if (other > index) {
              expect(overlap(box, next.box), `${name} and label ${other + 1}`).toBe(false);
            }
          }
        }
        // Nothing on the page scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        );
      });
    }

    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      test(`at ${viewport.width}×${viewport.height} the radar is on the first screen`, async ({
        page,
      }) => {
        await page.setViewportSize(viewport);
        const chart = await openResults(page);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const box = await chart.locator('svg').first().boundingBox();
        expect(box).not.toBeNull();
        expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
        // A real chart, not a thumbnail: at least half the window's width on a phone.
        expect(box?.width ?? 0).toBeGreaterThanOrEqual(Math.min(viewport.width / 2, 400));
      });
    }

    test('"Change" on a theme opens it with a way back to the results', async ({ page }) => {
      await seedScan(page, fullAnswers(), fullProfile);
      // Straight into the scan there is no such link.
      await page.goto('./#/scan/leadership');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: t.back })).toHaveCount(0);

      await page.goto('./#/results');
      await page.getByRole('link', { name: t.change, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.theme })).toBeVisible();
      await page.getByRole('link', { name: t.back }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.results })).toBeVisible();
      // Browser back returns to the theme, and the way back is still offered there.
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: t.theme })).toBeVisible();
      await expect(page.getByRole('link', { name: t.back })).toBeVisible();
    });
  });
}

test('the index near the top reaches advice, plan, numbers, keeping, sharing and the facilitator', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openResults(page);
  const index = page.getByRole('navigation', { name: 'On this page:' });
  const entries = index.getByRole('button');
  await expect(entries).toHaveText([
    'Where to start',
    'Action plan',
    'Areas and overall',
    'Print, compare, save',
    'Share these results',
    'Share with your facilitator',
  ]);
  // Near the top: it starts within the second screen.
  const indexBox = await index.boundingBox();
  expect(indexBox?.y ?? Infinity).toBeLessThan(740 * 2);
  for (const name of await entries.allTextContents()) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await index.getByRole('button', { name }).click();
    const heading = page.getByRole('heading', { level: 2, name });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  }
  // From the facilitator's section, Tab goes on into it.
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('region', { name: 'Share with your facilitator' }).locator(':focus'),
  ).toHaveCount(1);
});

test('the two links to copy have different names', async ({ page }) => {
  await openResults(page);
  await expect(page.getByRole('button', { name: 'Copy results link', exact: true })).toHaveCount(1);
  await expect(
    page.getByRole('button', { name: 'Copy link with your answers', exact: true }),
  ).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toHaveCount(0);
});

test('history with one snapshot compares it with the answers now; with none, one is saved there', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), fullProfile);
  const scores = scoreAssessment(questionnaire, fullAnswers());
  const now = (index: number) => String(roundScore(scores.themes[index]?.score ?? 0));

  await page.goto('./#/history');
  await expect(page.getByText('No snapshots yet. Save one from the results.')).toBeVisible();
  const save = page.getByRole('region', { name: 'Save your answers now' });
  await save.getByLabel('Name of the snapshot').fill('Before the workshop');
  await save.getByRole('button', { name: 'Save snapshot' }).click();
  await expect(save.getByText('Saved. It is in the list above.')).toBeVisible();

  // One snapshot and the answers now: a comparison, with nothing changed yet.
  await expect(page.getByLabel('Earlier').locator('option:checked')).toHaveText(
    /^Before the workshop \(/,
  );
  await expect(page.getByLabel('Later').locator('option:checked')).toHaveText('Your answers now');
  const table = page.getByRole('table', { name: /^Scores per theme in both, and the change/ });
  const row = (index: number) =>
    table.getByRole('row', { name: new RegExp(`^${index + 1}\\. `) }).getByRole('cell');
  await expect(row(0)).toHaveText([now(0), now(0), '= 0']);

  // One answer changes: the comparison shows it against the snapshot.
  const upscaling = themes.findIndex((theme) => theme.id === 'upscaling');
  await page.goto('./#/scan/upscaling');
  const first = page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') });
  await first.first().getByRole('radio', { name: 'Completely true' }).check();
  await page.goto('./#/history');
  await expect(row(upscaling).nth(2)).toHaveText(/^▲ \+\d+$/);
  await expect(row(0)).toHaveText([now(0), now(0), '= 0']);
  await expect(page.getByRole('img', { name: /comparing Before the workshop/ })).toBeVisible();
});
