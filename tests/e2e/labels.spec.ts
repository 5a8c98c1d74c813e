import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { allThemes } from '@/domain/questionnaire';
import { parseCsv } from '../helpers/csv-parse';
import {
  expect,
  fullAnswers,
  fullProfile,
  seedScan,
  seedSessions,
  spokeLabels,
  statements,
  test,
} from './fixtures';

/**
 * The scores read in their own direction, in both languages: every theme is named by its good
 * end, every score has its level in words next to it, "higher = stronger" is said next to every
 * chart and table, each statement is asked on its own scale, and a theme with too few answers
 * has no score anywhere.
 */

const themes = allThemes(questionnaire);

/** A full scan, except that recognition has answers on only two of its six statements. */
function answersWithThinRecognition() {
  const answers = fullAnswers();
  const recognition = themes.find((theme) => theme.id === 'recognition');
  for (const question of recognition?.questions.slice(2) ?? []) delete answers[question.id];
  return answers;
}

/** The first statement on each scale: its theme and its place in that theme. */
function firstOnScale(scale: 'agreement' | 'truth' | 'frequency') {
  for (const theme of themes) {
    const index = theme.questions.findIndex(
      (question) => question.kind === 'scale' && question.scale === scale,
    );
    if (index >= 0) return { themeId: theme.id, index };
  }
  throw new Error(`No statement on the ${scale} scale`);
}

/**
 * A CSV file as rows of cells, read with the delimiter a spreadsheet in the file's language
 * splits on (quoted cells may hold delimiters and quotes).
 */
async function csvRows(download: Download, delimiter: ',' | ';'): Promise<string[][]> {
  const text = (await readFile((await download.path()) ?? '', 'utf8')).replace(/^\uFEFF/, '');
  const rows = parseCsv(text, delimiter);
  // The file first says where it comes from (collective or session, date, edition), then an
  // empty line, then the table.
  const blank = rows.findIndex((line) => line.length === 1 && line[0] === '');
  expect(blank, 'the lines about the file, then an empty line').toBe(3);
  for (const about of rows.slice(0, blank)) expect(about, 'a key and a value').toHaveLength(2);
  return rows.slice(blank + 1);
}

const texts = {
  en: {
    locale: 'en-GB',
    delimiter: ',' as const,
    titles: [
      'Sound finances',
      'Shared leadership',
      'Well organised',
      'Growing impact',
      'Loyal members',
      'Strong community',
      'Shared responsibility',
      'Healthy inflow',
      'Broad government view',
      'Workable rules',
      'Genuine participation',
      'Recognition by the government',
    ],
    short: [
      'Sound finances',
      'Many leaders',
      'Well organised',
      'Growing impact',
      'Loyal members',
      'Strong community',
      'Co-ownership',
      'Healthy inflow',
      'Broad view',
      'Workable rules',
      'Real involvement',
      'Recognition',
    ],
    band: '(Needs attention|Under way|Strong)',
    tooFew: 'Too few answers',
    higher: 'Higher = stronger',
    resultsTitle: 'Results for Buurtkracht',
    sections: [
      'Your twelve themes',
      'Weakest and strongest themes',
      'Themes with too few answers',
      'Where to start',
    ],
    numbers: 'Areas and overall',
    scoreTable: 'Scores per area and theme (higher = stronger)',
    level: 'Level',
    thinItem: 'Recognition by the government (2 of 6)',
    governmentArea: /^Government relations/,
    outOf100: 'out of 100',
    reportLink: 'Board report (print or PDF)',
    reportTitle: 'Board report: Buurtkracht',
    reportTable: 'Scores (0–100, higher = stronger)',
    groupTitle: 'Group results: Board evening',
    groupTable: 'Group scores per theme (0–100, higher = stronger)',
    groupLevel: 'Level of the mean',
    groupCsv: 'Download group results (CSV)',
    groupHeader: [
      'Theme',
      'Mean',
      'Level of the mean',
      'Median',
      'Lowest',
      'Highest',
      'Respondents',
      'Spread (SD)',
      'Agreement',
    ],
    dataCsv: 'Download answers and scores (CSV)',
    csvHeader: [
      'Row',
      'Area',
      'Theme',
      'Question id',
      'Statement',
      'Answer',
      'Points (0–100)',
      'Score (0–100)',
      'Level',
    ],
    themeRow: 'theme',
    scales: {
      agreement: [
        'Strongly disagree',
        'Disagree',
        'Neither agree nor disagree',
        'Agree',
        'Strongly agree',
      ],
      truth: ['Not true at all', 'Slightly true', 'Partly true', 'Mostly true', 'Completely true'],
      frequency: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
      apart: ["Don't know", 'Not applicable'],
    },
  },
  nl: {
    locale: 'nl-NL',
    delimiter: ';' as const,
    titles: [
      'Gezonde financiën',
      'Gedeeld leiderschap',
      'Goed geregeld',
      'Groeiende invloed',
      'Trouwe leden',
      'Sterke gemeenschap',
      'Gedeelde verantwoordelijkheid',
      'Gezonde instroom',
      'Brede blik van de overheid',
      'Werkbare regels',
      'Echte participatie',
      'Erkenning door de overheid',
    ],
    short: [
      'Geld op orde',
      'Veel trekkers',
      'Goed geregeld',
      'Meer invloed',
      'Trouwe leden',
      'Gemeenschapszin',
      'Mede-eigenaars',
      'Gezonde instroom',
      'Brede blik',
      'Werkbare regels',
      'Echt meedoen',
      'Erkenning',
    ],
    band: '(Vraagt aandacht|Op weg|Sterk)',
    tooFew: 'Te weinig antwoorden',
    higher: 'Hoger = sterker',
    resultsTitle: 'Uitkomst voor Buurtkracht',
    sections: [
      "Je twaalf thema's",
      "Zwakste en sterkste thema's",
      "Thema's met te weinig antwoorden",
      'Waar begin je?',
    ],
    numbers: 'Delen en totaal',
    scoreTable: 'Scores per deel en per thema (hoger = sterker)',
    level: 'Niveau',
    thinItem: 'Erkenning door de overheid (2 van 6)',
    governmentArea: /^Relatie met de overheid/,
    outOf100: 'van de 100',
    reportLink: 'Verslag voor het bestuur (printen of pdf)',
    reportTitle: 'Verslag voor het bestuur: Buurtkracht',
    reportTable: 'Scores (0–100, hoger = sterker)',
    groupTitle: 'Uitkomst van de groep: Board evening',
    groupTable: 'Groepsscores per thema (0–100, hoger = sterker)',
    groupLevel: 'Niveau van het gemiddelde',
    groupCsv: 'Download uitkomst van de groep (CSV)',
    groupHeader: null,
    dataCsv: 'Download antwoorden en scores (CSV)',
    csvHeader: [
      'Regel',
      'Deel',
      'Thema',
      'Vraagcode',
      'Stelling',
      'Antwoord',
      'Punten (0–100)',
      'Score (0–100)',
      'Niveau',
    ],
    themeRow: 'thema',
    scales: {
      agreement: ['Helemaal oneens', 'Oneens', 'Niet eens, niet oneens', 'Eens', 'Helemaal eens'],
      truth: [
        'Klopt helemaal niet',
        'Klopt een beetje',
        'Klopt deels',
        'Klopt grotendeels',
        'Klopt helemaal',
      ],
      frequency: ['Nooit', 'Zelden', 'Soms', 'Vaak', 'Altijd'],
      apart: ['Weet ik niet', 'Niet van toepassing'],
    },
  },
};

const THIN = themes.findIndex((theme) => theme.id === 'recognition');

for (const language of ['en', 'nl'] as const) {
  const t = texts[language];
  const band = new RegExp(`^${t.band}$`);

  test.describe(`labels in ${language}`, () => {
    test.use({ locale: t.locale });

    test('the results name each theme by its good end, with its level in words; a thin theme has too few answers', async ({
      page,
    }) => {
      await seedScan(page, answersWithThinRecognition(), fullProfile);
      await page.goto('./#/results');
      await expect(page.getByRole('heading', { level: 1, name: t.resultsTitle })).toBeVisible();
      // The picture and the words come first, then where to start, the numbers later.
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toContainText([
        ...t.sections,
        t.numbers,
      ]);
      const headings = await page
        .getByRole('main')
        .getByRole('heading', { level: 2 })
        .allTextContents();
      expect(headings.slice(0, 4)).toEqual(t.sections);

      const picture = page.getByRole('region', { name: t.sections[0] });
      await expect(picture.getByText(t.higher, { exact: true })).toBeVisible();
      // Next to the chart, every theme under its level in words (or "too few answers"), numbered
      // and named as on its spoke, with its score.
      const levels = picture.getByRole('term');
      const groups = picture.getByRole('definition');
      const placed = new Map<string, string>();
      for (let group = 0; group < (await groups.count()); group += 1) {
        const level = (await levels.nth(group).textContent()) ?? '';
        for (const item of await groups.nth(group).getByRole('listitem').allTextContents()) {
          placed.set(item, level);
        }
      }
      expect(placed.size).toBe(t.short.length);
      for (const [index, short] of t.short.entries()) {
        const item = [...placed.keys()].find((text) => text.startsWith(`${index + 1} ${short}`));
        if (index === THIN) {
          expect(item).toBe(`${index + 1} ${short}`);
          expect(placed.get(item ?? '')).toBe(t.tooFew);
        } else {
          expect(item).toMatch(new RegExp(`^${index + 1} ${short} \\d+$`));
          expect(placed.get(item ?? '')).toMatch(band);
        }
      }
      // The radar's spokes carry the short good-end names; the thin theme has a dash, no score.
      const chart = picture.getByRole('img', { name: /Radar/ });
      await expect
        .poll(() => spokeLabels(chart))
        .toEqual(
          t.short.map((short, index) =>
            index === THIN
              ? `${index + 1} ${short} (–)`
              : expect.stringMatching(new RegExp(`^${index + 1} ${short} \\(\\d+\\)$`)),
          ),
        );

      // No advice for the thin theme; it is listed apart.
      const advice = page.getByRole('region', { name: t.sections[3] });
      await expect(advice.getByRole('heading', { level: 3 }).first()).toBeVisible();
      await expect(advice.getByRole('heading', { name: t.titles[THIN] })).toHaveCount(0);
      await expect(
        page.getByRole('region', { name: t.sections[2] }).getByRole('listitem'),
      ).toHaveText([t.thinItem]);

      const numbers = page.getByRole('region', { name: t.numbers });
      await expect(numbers.getByRole('definition').last()).toHaveText(
        new RegExp(`^\\d+ ${t.outOf100} ${t.band}`),
      );
      const table = numbers.getByRole('table', { name: t.scoreTable });
      await expect(table.getByRole('columnheader', { name: t.level, exact: true })).toBeVisible();
      for (const [index, title] of t.titles.entries()) {
        const cells = table
          .getByRole('row', { name: new RegExp(`^${index + 1}\\. ${title}`) })
          .getByRole('cell');
        if (index === THIN) {
          await expect(cells.nth(0)).toHaveText(t.tooFew);
          await expect(cells.nth(1)).toHaveText('');
        } else {
          await expect(cells.nth(0)).toHaveText(/^\d+$/);
          await expect(cells.nth(1)).toHaveText(band);
        }
      }
      // The thin theme is left out of its area: the area is the mean of its other three themes.
      const scoreOf = async (index: number) =>
        Number(
          await table
            .getByRole('row', { name: new RegExp(`^${index + 1}\\. ${t.titles[index]}`) })
            .getByRole('cell')
            .first()
            .textContent(),
        );
      const others = [await scoreOf(8), await scoreOf(9), await scoreOf(10)];
      const area = Number(
        await table
          .getByRole('row', { name: t.governmentArea })
          .getByRole('cell')
          .first()
          .textContent(),
      );
      const mean = others.reduce((sum, value) => sum + value, 0) / others.length;
      expect(Math.abs(area - mean)).toBeLessThanOrEqual(1);
    });

    test('the board report names each theme by its good end, with its level in words', async ({
      page,
    }) => {
      await seedScan(page, answersWithThinRecognition(), fullProfile);
      await page.goto('./#/results');
      await page.getByRole('link', { name: t.reportLink }).click();
      await expect(page.getByRole('heading', { level: 1, name: t.reportTitle })).toBeVisible();
      const table = page.getByRole('table', { name: t.reportTable });
      for (const [index, title] of t.titles.entries()) {
        const cells = table
          .getByRole('row', { name: new RegExp(`^${index + 1}\\. ${title} `) })
          .getByRole('cell');
        if (index === THIN) await expect(cells.first()).toHaveText(t.tooFew);
        else {
          await expect(cells.first()).toHaveText(/^\d+$/);
          await expect(cells.nth(1)).toHaveText(band);
        }
      }
      await expect
        .poll(() => spokeLabels(page.getByRole('img', { name: /Radar/ })))
        .toEqual(
          t.short.map((short, index) =>
            expect.stringMatching(new RegExp(`^${index + 1} ${short} \\((\\d+|–)\\)$`)),
          ),
        );
    });

    test('group results and their CSV name each theme by its good end, with the level of the mean', async ({
      page,
    }) => {
      await seedSessions(page);
      await page.goto('./#/workshop/merge-1/results');
      await expect(page.getByRole('heading', { level: 1, name: t.groupTitle })).toBeVisible();
      await expect(page.getByRole('figure').first()).toContainText(t.higher);
      const table = page.getByRole('table', { name: t.groupTable });
      await expect(table.getByRole('columnheader', { name: t.groupLevel })).toBeVisible();
      for (const [index, title] of t.titles.entries()) {
        const cells = table
          .getByRole('row', { name: new RegExp(`^${index + 1}\\. ${title} `) })
          .getByRole('cell');
        await expect(cells.nth(0)).toHaveText(/^\d+$/);
        await expect(cells.nth(1)).toHaveText(band);
      }
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t.groupCsv }).click(),
      ]);
      const [header, ...rows] = await csvRows(download, t.delimiter);
      if (t.groupHeader) expect(header).toEqual(t.groupHeader);
      expect(header?.[2]).toBe(t.groupLevel);
      expect(rows.map((row) => row[0])).toEqual(t.titles);
      for (const row of rows) expect(row[2]).toMatch(band);
    });

    test('the answers CSV names each theme by its good end, with its level; a thin theme has too few answers', async ({
      page,
    }) => {
      await seedScan(page, answersWithThinRecognition(), fullProfile);
      await page.goto('./#/data');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t.dataCsv }).click(),
      ]);
      const [header, ...rows] = await csvRows(download, t.delimiter);
      expect(header).toEqual(t.csvHeader);
      const themeRows = rows.filter((row) => row[0] === t.themeRow);
      expect(themeRows.map((row) => row[2])).toEqual(t.titles);
      for (const [index, row] of themeRows.entries()) {
        if (index === THIN) expect([row[7], row[8]]).toEqual(['', t.tooFew]);
        else {
          expect(row[7]).toMatch(/^\d+$/);
          expect(row[8]).toMatch(band);
        }
      }
      // Each answer in the words of its own scale.
      const first = rows.find((row) => row[3] === 'financing-perspective.q6');
      expect(t.scales.truth).toContain(first?.[5]);
    });

    test("each statement in the wizard offers its own scale's answers", async ({ page }) => {
      for (const scale of ['truth', 'frequency', 'agreement'] as const) {
        const { themeId, index } = firstOnScale(scale);
        await page.goto(`./#/scan/${themeId}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          t.titles[themes.findIndex((theme) => theme.id === themeId)] ?? '',
        );
        const radios = statements(page).nth(index).getByRole('radio');
        const expected = [...t.scales[scale], ...t.scales.apart];
        await expect(radios).toHaveCount(expected.length);
        for (const [option, name] of expected.entries()) {
          await expect(radios.nth(option)).toHaveAccessibleName(name);
        }
      }
    });
  });
}
