import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { MAX_NAME_LENGTH } from '@/domain/profile';
import { allQuestions, allThemes, optionsOf } from '@/domain/questionnaire';
import { drawnShapes, expect, fullAnswers, seedScan, storeSessions, test } from './fixtures';

/**
 * The board report and the group report are each one A4 page worth printing: in both languages,
 * with the longest names and a full plan, the page count is one, every theme is on it, body text
 * is at least 9 pt and the radar takes at least a third of the page's height.
 */

const themes = allThemes(questionnaire);
const locale = (language: 'en' | 'nl', namespace: string) =>
  JSON.parse(
    readFileSync(new URL(`../../locales/${language}/${namespace}.json`, import.meta.url), 'utf8'),
  );
type Advice = Record<string, { steps?: Record<string, string> }>;
type Questionnaire = { themes: Record<string, { title: string }> };
const enQuestionnaire: Questionnaire = locale('en', 'questionnaire');
const nlQuestionnaire: Questionnaire = locale('nl', 'questionnaire');
const MM = 96 / 25.4;
const A4_HEIGHT = 297 * MM;

/** The longest name a collective may have (the profile form's limit). */
const LONGEST_NAME =
  'Energiecoöperatie Zonnige Zuidwesthoek en Omstreken voor Duurzame Energie, Zorg en Wonen U.A. (EZZO)';

const texts = {
  en: {
    locale: 'en-GB',
    advice: locale('en', 'advice') as Advice,
    titles: themes.map((theme) => enQuestionnaire.themes[theme.id]?.title ?? theme.id),
    reportTitle: `Board report: ${LONGEST_NAME}`,
    print: 'Print / save as PDF',
    own: 'Board’s own step',
    plan: 'Action plan',
    groupLink: 'Group report (print or PDF)',
    groupTitle: (name: string) => `Group report: ${name}`,
    steps: 'Steps to agree on',
    disputed: 'Where the group disagrees',
    who: 'Who',
  },
  nl: {
    locale: 'nl-NL',
    advice: locale('nl', 'advice') as Advice,
    titles: themes.map((theme) => nlQuestionnaire.themes[theme.id]?.title ?? theme.id),
    reportTitle: `Verslag voor het bestuur: ${LONGEST_NAME}`,
    print: 'Printen / bewaren als pdf',
    own: 'Eigen stap',
    plan: 'Actieplan',
    groupLink: 'Verslag van de groep (printen of pdf)',
    groupTitle: (name: string) => `Verslag van de groep: ${name}`,
    steps: 'Stappen om samen af te spreken',
    disputed: 'Waar de groep het oneens is',
    who: 'Wie',
  },
} as const;

/** The longest advice steps in this language, one per theme: the fullest plan the app can make. */
function longestSteps(advice: Advice, count: number) {
  return themes
    .flatMap((theme) =>
      Object.entries(advice[theme.id]?.steps ?? {}).map(([id, text]) => ({
        themeId: theme.id,
        adviceKey: `${theme.id}.steps.${id}`,
        length: text.length,
      })),
    )
    .sort((a, b) => b.length - a.length)
    .filter((step, index, all) => all.findIndex((s) => s.themeId === step.themeId) === index)
    .slice(0, count);
}

/**
 * A full scan of a collective with the longest name and every profile fact, a snapshot from a
 * year ago (so every theme shows its change), and a plan of eight steps: the six longest advice
 * steps and two of the board's own, each with a long owner and a date.
 */
async function seedFullReport(page: Page, language: keyof typeof texts) {
  expect(LONGEST_NAME).toHaveLength(MAX_NAME_LENGTH);
  await seedScan(page, fullAnswers(), {
    name: LONGEST_NAME,
    sectors: ['energy', 'care', 'housing', 'neighbourhood', 'nature'],
    legalForm: 'social-enterprise',
    members: 480,
    volunteers: 45,
    paidStaff: 'some',
    founded: 2014,
    scale: 'village',
  });
  const owner = 'Anna de Vries-van den Berg (penningmeester)';
  const actions = [
    ...longestSteps(texts[language].advice, 6).map((step, index) => ({
      id: `a${index}`,
      themeId: step.themeId,
      adviceKey: step.adviceKey,
      owner,
      due: '2027-01-31',
      status: (['todo', 'doing', 'done'] as const)[index % 3],
    })),
    {
      id: 'own1',
      text: 'Organise an evening with the municipality about the new grant scheme and the solar fields at the edge of the village, and invite the neighbours who spoke up at the last members’ meeting',
      owner,
      due: '2027-03-01',
      status: 'todo',
    },
    {
      id: 'own2',
      text: 'Annual report on the website',
      owner: 'Bestuur',
      due: '',
      status: 'doing',
    },
  ];
  const lastYear = Object.fromEntries(themes.map((theme, index) => [theme.id, 30 + index * 5]));
  await page.evaluate(
    (state) =>
      localStorage.setItem('collective-scan:records', JSON.stringify({ version: 1, state })),
    {
      snapshots: [
        {
          id: 's1',
          name: 'Scan voorjaar 2025',
          createdAt: '2025-04-01T10:00:00.000Z',
          kind: 'individual',
          questionnaireVersion: questionnaire.version,
          overall: 50,
          areaScores: {},
          themeScores: lastYear,
        },
      ],
      actions,
    },
  );
  await page.reload();
}

/** The smallest computed font size (px) of any visible text on the sheet. */
function smallestText(page: Page) {
  return page.locator('article.sheet').evaluate((sheet) => {
    let smallest = Number.POSITIVE_INFINITY;
    const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('svg')) continue;
      if (element.closest('.visually-hidden')) continue;
      if (element.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(element).fontSize));
    }
    return smallest;
  });
}

/** Pages in a PDF (each page object is "/Type /Page"; the tree is "/Type /Pages"). */
const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const language of ['en', 'nl'] as const) {
  const t = texts[language];
  test.describe(`in ${language}`, () => {
    test.use({ locale: t.locale });

    test('the board report with the longest name and a full plan prints on one A4 page that is worth printing', async ({
      page,
    }) => {
      await seedFullReport(page, language);
      await page.goto('./#/report');
      await expect(page.getByRole('heading', { level: 1, name: t.reportTitle })).toBeVisible();
      const chart = page.getByRole('img', { name: /Radar/ });
      await expect.poll(() => drawnShapes(chart)).toHaveLength(1);
      // The plan is a table; the board's own steps say so instead of sitting under a theme.
      const plan = page.getByRole('region', { name: t.plan }).getByRole('table');
      await expect(plan.getByRole('row')).toHaveCount(1 + 8);
      await expect(
        plan
          .getByRole('row', { name: /Annual report on the website/ })
          .getByRole('cell')
          .nth(1),
      ).toHaveText(t.own);
      await expect(
        plan
          .getByRole('row', { name: /Organise an evening/ })
          .getByRole('cell')
          .nth(1),
      ).toHaveText(t.own);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: t.print })).toBeHidden();
      // Every theme by name, with its score and level, on the printed sheet.
      // biome-ignore lint/performance/useDomNodeTextContent: the text as printed (hidden text left out) is the point.
      const printed = await page.locator('article.sheet').innerText();
      for (const [index, title] of t.titles.entries()) {
        expect(printed).toMatch(new RegExp(`${index + 1}\\. ${title}\\s+\\d+\\s+\\S`));
      }
      expect(await smallestText(page)).toBeGreaterThanOrEqual(12);
      const radar = await chart.boundingBox();
      expect(radar?.height ?? 0).toBeGreaterThanOrEqual(A4_HEIGHT / 3);
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      expect(pageCount(pdf)).toBe(1);
    });

    test('the group report of a session is one A4 page with the radar, the disputes and steps to agree on', async ({
      page,
    }) => {
      const name = 'Bestuur en werkgroepen, gezamenlijke avond over de toekomst van de coöperatie';
      await seedDividedSession(page, name);
      await page.goto('./#/workshop/divided/results');
      await page.getByRole('link', { name: t.groupLink }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.groupTitle(name) })).toBeVisible();
      const chart = page.getByRole('img', { name: /Radar/ });
      await expect.poll(() => drawnShapes(chart)).toHaveLength(2);
      await expect(
        page.getByRole('region', { name: t.disputed }).getByRole('listitem'),
      ).toHaveCount(6);
      // Steps for the agreed weak themes, with an empty line for who and when.
      const steps = page.getByRole('region', { name: t.steps }).getByRole('table');
      await expect(steps.getByRole('row')).toHaveCount(1 + 6);
      await expect(steps.getByRole('columnheader', { name: t.who })).toBeVisible();

      await page.emulateMedia({ media: 'print' });
      // biome-ignore lint/performance/useDomNodeTextContent: the text as printed (hidden text left out) is the point.
      const printed = await page.locator('article.sheet').innerText();
      for (const title of t.titles) expect(printed).toContain(title);
      expect(await smallestText(page)).toBeGreaterThanOrEqual(12);
      const radar = await chart.boundingBox();
      expect(radar?.height ?? 0).toBeGreaterThanOrEqual(A4_HEIGHT / 3);
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      expect(pageCount(pdf)).toBe(1);
    });
  });
}

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  for (const language of ['en', 'nl'] as const) {
    test.describe(`at ${viewport.width}×${viewport.height} in ${language}`, () => {
      test.use({ viewport, locale: texts[language].locale });

      test('both reports have no WCAG A/AA violations and do not scroll sideways', async ({
        page,
      }) => {
        await seedFullReport(page, language);
        await seedDividedSession(page, 'Board evening');
        for (const path of ['#/report', '#/workshop/divided/report']) {
          await page.goto(`./${path}`);
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          await expect
            .poll(() => drawnShapes(page.getByRole('img', { name: /Radar/ })))
            .not.toEqual([]);
          const { violations } = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
            .analyze();
          const found = violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(found, path).toEqual([]);
          const sideways = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(sideways, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
        }
      });
    });
  }
}

/**
 * A merge session of three people who agree on the first six themes (all low) and are far apart
 * on the other six: six disputed themes, and three agreed weak themes to act on.
 */
async function seedDividedSession(page: Page, name: string) {
  const questions = allQuestions(questionnaire);
  const themeIndex = new Map(themes.map((theme, index) => [theme.id, index]));
  const respondent = (r: number) => {
    const answers: Record<string, string> = {};
    for (const question of questions) {
      const options = optionsOf(questionnaire, question);
      const agreed = (themeIndex.get(question.id.split('.')[0] ?? '') ?? 0) < 6;
      const pick = agreed ? 1 : r === 0 ? 0 : r === 1 ? Math.floor(options.length / 2) : -1;
      answers[question.id] = options.at(pick)?.id ?? 'dont-know';
    }
    return encodeAnswers(currentLayout, answers);
  };
  await page.goto('./');
  await storeSessions(page, [
    {
      id: 'divided',
      name,
      createdAt: '2026-11-01T19:00:00.000Z',
      method: 'merge',
      questionnaireVersion: questionnaire.version,
      respondents: [0, 1, 2].map((r) => ({
        id: `r${r}`,
        answers: respondent(r),
        addedAt: '2026-11-01T19:05:00.000Z',
      })),
      tally: {},
      revealed: [],
    },
  ]);
  await page.reload();
}
