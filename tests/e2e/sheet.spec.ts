import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { MAX_NAME_LENGTH } from '@/domain/profile';
import { SHEET_TEXT_LIMITS } from '@/domain/sheet-schema';
import { expect, fullAnswers, seedScan, test } from './fixtures';

/**
 * The conversation sheet for the municipality: filled in to the last character in English and in
 * Dutch it prints on one A4 page; what the board types survives a reload; a backup carries it
 * there and back; it reads and fits on a phone, a laptop and a projector.
 */

const LONGEST_NAME =
  'Energiecoöperatie Zonnige Zuidwesthoek en Omstreken voor Duurzame Energie, Zorg en Wonen U.A. (EZZO)';
const fullProfile = {
  name: LONGEST_NAME,
  sectors: ['energy', 'care', 'housing', 'neighbourhood', 'nature'],
  legalForm: 'social-enterprise',
  members: 480,
  volunteers: 45,
  paidStaff: 'some',
  founded: 2014,
  scale: 'village',
};

// Ordinary sentences in each language, repeated and cut to a field's limit: what a board might type.
const prose = {
  en: 'Every Wednesday our volunteers run a coffee morning in the village hall for older residents who live alone, and we help neighbours lower their energy bills with a free home visit. ',
  nl: 'Elke woensdag houden onze vrijwilligers een koffieochtend in het dorpshuis voor oudere inwoners die alleen wonen, en we helpen buren hun energierekening te verlagen met een gratis huisbezoek. ',
};

const texts = {
  en: {
    locale: 'en-GB',
    title: 'Conversation sheet for the municipality',
    printTitle: `Conversation with the municipality: ${LONGEST_NAME}`,
    count: (n: number) => `${n} of ${n} characters`,
    labels: {
      contribution: 'Examples of what we contribute',
      rule: (n: number) => `Rule or procedure ${n}`,
      counter: 'Desks or departments involved',
      shamExample: 'Where participation was only for show',
      realParticipation: 'What real participation would look like',
      recognitionNote: 'What we mean by this',
      question: (n: number) => `Question ${n}`,
      ladderNow: 'How the municipality involves us now',
      ladderWanted: 'How we want to be involved',
      asks: [
        'A fixed contact person who knows our collective',
        'A role in making the policy that affects our work',
        'The right to challenge: taking over a task of the municipality when we can do it well',
      ],
    },
    rung: 'Delegated power',
    print: 'Print / save as PDF',
    resultsLink: 'Conversation sheet for the municipality',
  },
  nl: {
    locale: 'nl-NL',
    title: 'Gespreksblad voor de gemeente',
    printTitle: `Gesprek met de gemeente: ${LONGEST_NAME}`,
    count: (n: number) => `${n} van ${n} tekens`,
    labels: {
      contribution: 'Voorbeelden van wat we bijdragen',
      rule: (n: number) => `Regel of procedure ${n}`,
      counter: 'Loketten of afdelingen die erbij horen',
      shamExample: 'Waar meedoen alleen voor de schijn was',
      realParticipation: 'Hoe echt meedoen eruit zou zien',
      recognitionNote: 'Wat we daarmee bedoelen',
      question: (n: number) => `Vraag ${n}`,
      ladderNow: 'Hoe de gemeente ons nu laat meedoen',
      ladderWanted: 'Hoe we willen meedoen',
      asks: [
        'Een vaste contactpersoon die ons collectief kent',
        'Een rol bij het maken van beleid dat ons werk raakt',
        'Het uitdaagrecht: een taak van de gemeente overnemen als wij die goed kunnen doen',
      ],
    },
    rung: 'Overgedragen macht',
    print: 'Printen / bewaren als pdf',
    resultsLink: 'Gespreksblad voor de gemeente',
  },
} as const;
type Language = keyof typeof texts;

/** A field's text at its limit: its number first (so each can be found on the sheet), then prose. */
const brimful = (language: Language, field: number, max: number) =>
  `[${field + 1}] ${prose[language].repeat(10)}`
    .slice(0, max - 1)
    .trimEnd()
    .padEnd(max, '.');

/** Every text field of the sheet: its label in the language and its limit. */
function textFields(language: Language) {
  const l = texts[language].labels;
  const L = SHEET_TEXT_LIMITS;
  return [
    { label: l.contribution, max: L.contribution, index: 0 },
    { label: l.rule(1), max: L.rule1, index: 0 },
    { label: l.counter, max: L.counter1, index: 0 },
    { label: l.rule(2), max: L.rule2, index: 0 },
    { label: l.counter, max: L.counter2, index: 1 },
    { label: l.rule(3), max: L.rule3, index: 0 },
    { label: l.counter, max: L.counter3, index: 2 },
    { label: l.shamExample, max: L.shamExample, index: 0 },
    { label: l.realParticipation, max: L.realParticipation, index: 0 },
    { label: l.recognitionNote, max: L.recognitionNote, index: 0 },
    { label: l.question(1), max: L.question1, index: 0 },
    { label: l.question(2), max: L.question2, index: 0 },
    { label: l.question(3), max: L.question3, index: 0 },
  ];
}

/** Types every field up to its limit (and one character past it, which the field refuses). */
async function fillToTheBrim(page: Page, language: Language) {
  for (const [number, field] of textFields(language).entries()) {
    const box = page.getByLabel(field.label, { exact: true }).nth(field.index);
    const value = brimful(language, number, field.max);
    await box.fill(value);
    await box.press('End');
    await box.pressSequentially('x');
    await expect(box).toHaveValue(value);
    // The count is on screen and read with the field.
    await expect(box).toHaveAccessibleDescription(
      new RegExp(`${texts[language].count(field.max)}$`),
    );
  }
  for (const ask of texts[language].labels.asks) await page.getByLabel(ask).check();
  await page.getByLabel(texts[language].labels.ladderWanted).selectOption({ index: 8 });
}

/** The smallest computed font size (px) of any visible text on the sheet. */
function smallestText(page: Page) {
  return page.locator('article.sheet').evaluate((sheet) => {
    let smallest = Number.POSITIVE_INFINITY;
    const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.getClientRects().length === 0) continue;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(element).fontSize));
    }
    return smallest;
  });
}

const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const language of ['en', 'nl'] as const) {
  const t = texts[language];
  test.describe(`in ${language}`, () => {
    test.use({ locale: t.locale });

    test('every field filled to its limit prints on one A4 page with the scores in words and the three questions', async ({
      page,
    }) => {
      expect(LONGEST_NAME).toHaveLength(MAX_NAME_LENGTH);
      await seedScan(page, fullAnswers(), fullProfile);
      await page.goto('./#/results');
      await page.getByRole('link', { name: t.resultsLink }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
      await fillToTheBrim(page, language);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: t.print })).toBeHidden();
      const sheet = page.locator('article.sheet');
      await expect(sheet.getByRole('heading', { name: t.printTitle })).toBeVisible();
      // biome-ignore lint/performance/useDomNodeTextContent: the text as printed is the point.
      const printed = await sheet.innerText();
      // The four themes, each with a score and its level in words, read as "higher = stronger".
      expect(printed).toMatch(language === 'en' ? /Higher = stronger/ : /Hoger = sterker/);
      await expect(sheet.getByRole('row')).toHaveCount(1 + 4 + 1 + 3);
      // Every field whole, to its last character.
      for (const [number, field] of textFields(language).entries()) {
        expect(printed.replace(/\s+/g, ' ')).toContain(brimful(language, number, field.max));
      }
      for (const ask of t.labels.asks) expect(printed).toContain(ask);
      expect(printed).toContain(language === 'en' ? 'Citizen control' : 'Zeggenschap door burgers');
      await expect(sheet.getByRole('listitem')).toHaveCount(3 + 3);
      expect(await smallestText(page)).toBeGreaterThanOrEqual(12);
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      expect(pageCount(pdf)).toBe(1);
    });

    test('texts stay after a reload, and an untouched question follows the scores in the chosen language', async ({
      page,
    }) => {
      await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
      await page.goto('./#/municipality');
      const contribution = page.getByLabel(t.labels.contribution);
      await contribution.fill('We run the repair café.\nAnd the food bank.');
      await page.getByLabel(t.labels.question(2)).fill('Who is our contact?');
      await page.getByLabel(t.labels.asks[0]).check();
      const firstQuestion = await page.getByLabel(t.labels.question(1)).inputValue();
      expect(firstQuestion.length).toBeGreaterThan(20);
      await page.reload();
      await expect(page.getByLabel(t.labels.contribution)).toHaveValue(
        'We run the repair café.\nAnd the food bank.',
      );
      await expect(page.getByLabel(t.labels.question(2))).toHaveValue('Who is our contact?');
      await expect(page.getByLabel(t.labels.asks[0])).toBeChecked();
      await expect(page.getByLabel(t.labels.question(1))).toHaveValue(firstQuestion);
      // The other language: the board's own words stay, the suggestion is shown in that language.
      const other = language === 'en' ? 'nl' : 'en';
      await page.getByRole('button', { name: other === 'nl' ? 'Nederlands' : 'English' }).click();
      await expect(page.getByLabel(texts[other].labels.question(2))).toHaveValue(
        'Who is our contact?',
      );
      await expect(page.getByLabel(texts[other].labels.question(1))).not.toHaveValue(firstQuestion);
      await expect(page.getByLabel(texts[other].labels.contribution)).toHaveValue(
        'We run the repair café.\nAnd the food bank.',
      );
    });
  });
}

test('a backup carries the sheet there and back; "delete all my data" empties it', async ({
  page,
}) => {
  await seedScan(page, fullAnswers(), { name: 'Buurtkracht' });
  await page.goto('./#/municipality');
  await page.getByLabel(texts.en.labels.rule(1)).fill('Event permit for the street party');
  await page.getByLabel(texts.en.labels.counter).first().fill('Events desk, police, waste');
  await page.getByLabel(texts.en.labels.ladderWanted).selectOption({ label: '6. Partnership' });
  await page.goto('./#/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save everything (JSON)' }).click(),
  ]);
  const path = (await download.path()) ?? '';
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved.sheet).toEqual({
    rule1: 'Event permit for the street party',
    counter1: 'Events desk, police, waste',
    ladderWanted: 'partnership',
  });

  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.goto('./#/municipality');
  await expect(page.getByLabel(texts.en.labels.rule(1))).toHaveValue('');

  await page.goto('./#/data');
  await page.getByLabel('Open a saved file').setInputFiles(path);
  await page.getByRole('button', { name: 'Yes, use the file' }).click();
  await expect(page.getByText(/Done: \d+ answers opened/)).toBeVisible();
  await page.goto('./#/municipality');
  await expect(page.getByLabel(texts.en.labels.rule(1))).toHaveValue(
    'Event permit for the street party',
  );
  await expect(page.getByLabel(texts.en.labels.counter).first()).toHaveValue(
    'Events desk, police, waste',
  );
  await expect(page.getByLabel(texts.en.labels.ladderWanted)).toHaveValue('partnership');
});

for (const { viewport, projector } of [
  { viewport: { width: 360, height: 740 }, projector: false },
  { viewport: { width: 1280, height: 800 }, projector: false },
  { viewport: { width: 1024, height: 768 }, projector: true },
]) {
  for (const language of ['en', 'nl'] as const) {
    test.describe(`at ${viewport.width}×${viewport.height}${projector ? ' in projector mode' : ''} in ${language}`, () => {
      test.use({ viewport, locale: texts[language].locale });

      test('the sheet screen has no WCAG A/AA violations and does not scroll sideways', async ({
        page,
      }) => {
        await seedScan(page, fullAnswers(), fullProfile);
        await page.goto('./#/municipality');
        if (projector) {
          await page
            .getByRole('button', { name: language === 'en' ? 'Projector mode' : 'Beamerstand' })
            .click();
        }
        await fillToTheBrim(page, language);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
          .analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways).toBeLessThanOrEqual(0);
      });
    });
  }
}
