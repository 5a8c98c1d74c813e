import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions } from '@/domain/questionnaire';
import { expect, fullAnswers, seedScan, statements, storedScan, test } from './fixtures';

/**
 * Data written by the first edition of the questionnaire (tests/fixtures/edition-1) opened in the
 * running app: a stored scan, a backup file, a member's join link, a results link and a sessions
 * file. Answers to the five statements that still exist count; the 53 others are listed before
 * they go, and nothing is lost unseen.
 */

const fixturePath = (name: string) =>
  new URL(`../fixtures/edition-1/${name}`, import.meta.url).pathname;
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8').trim();

/** The statements of edition 1 that edition 2 kept unchanged. */
const KEPT = [
  'community-building.q5',
  'member-responsibility.q4',
  'member-recruitment.q4',
  'sham-participation.q5',
  'recognition.q5',
];
const total = allQuestions(questionnaire).length;

type RetiredTexts = { questions: Record<string, Record<string, string>> };
const retired = {
  en: JSON.parse(readFileSync(new URL('../../locales/en/retired.json', import.meta.url), 'utf8')),
  nl: JSON.parse(readFileSync(new URL('../../locales/nl/retired.json', import.meta.url), 'utf8')),
} as Record<'en' | 'nl', RetiredTexts>;

/** The words of a statement of edition 1, as the app lists it. */
function retiredText(language: 'en' | 'nl', id: string): string {
  const [themeId = '', questionId = ''] = id.split('.');
  return retired[language].questions[themeId]?.[questionId] ?? id;
}

/** The statements let go from a set of edition-1 answers, in the order the app lists them. */
function letGo(answers: Record<string, string>): string[] {
  return Object.keys(answers)
    .filter((id) => !KEPT.includes(id))
    .sort();
}

/** What a list of let-go statements shows: the first five in words, then "and N more". */
function shownList(language: 'en' | 'nl', ids: string[], more: (count: number) => string) {
  return [...ids.slice(0, 5).map((id) => retiredText(language, id)), more(ids.length - 5)];
}

const scanStorage = fixture('scan-storage.json');
const storedLetGo = letGo(JSON.parse(scanStorage).state.answers);
const backupLetGo = letGo(JSON.parse(fixture('backup.json')).scan.answers);

const texts = {
  en: {
    locale: 'en-GB',
    more: (count: number) => `and ${count} more`,
    noticeTitle: 'Answers from an earlier edition of the questions',
    noticeText:
      'The statements were revised. 53 of your answers belong to statements that have changed or been removed, so they no longer count in your results.',
    download: 'Download these answers',
    letGo: 'Let these answers go',
    fileKeys: { statement: 'statement', answer: 'answer' },
    disagree: 'Disagree',
    resultsTitle: 'Results for Buurtkracht',
    thinTitle: 'Themes with too few answers',
    groupTooFew: /^Every theme still has too few answers for a group score/,
    breakdownTitle: 'Answers per statement',
    thin: [
      'Shared responsibility (1 of 6)',
      'Healthy inflow (1 of 6)',
      'Genuine participation (1 of 5)',
      'Recognition by the government (1 of 6)',
    ],
    partnership: 'We make plans and decisions together with the municipality, as equal partners.',
    neutral: 'Neither agree nor disagree',
    openFile: 'Open a saved file',
    confirmTitle: 'Use this saved copy?',
    confirmEdition:
      'This file was made with edition 1 of the questions. 53 answers belong to statements that have changed or been removed, so they no longer count.',
    sessionsUpgraded:
      '1 group session from an earlier edition is read into the new questions; its old answers stay in the session until you let them go.',
    cancel: 'No, keep what is here',
    joinTitle: 'Answers from a member',
    joinFrom: `Anna answered 5 of ${total} statements.`,
    joinEdition:
      'These answers were given to edition 1 of the questions. 53 answers belong to statements that have changed or been removed and are left out; the others count.',
    sessionName: 'Name of the session',
    addToSession: 'Add to session',
    annaInSession: `Anna · 5 of ${total} answered`,
    sharedTitle: 'Shared results: Buurtkracht',
    readOnly: /^ℹ Read-only: these results were shared with you on/,
    sharedEdition:
      'These results were made with an earlier edition of the questions (edition 1). The scores follow the statements of that edition.',
    scoreTable: 'Scores per area and theme (higher = stronger)',
    leadership: /Shared leadership/,
    participation: /Genuine participation/,
    bands: { low: 'Needs attention', high: 'Strong' },
    addToPlan: /Add to plan/,
    openSessions: 'Open a sessions file',
    sessionsAdded: '2 sessions added.',
    sessionNoticeTitle: 'Answers from an earlier edition',
    sessionNoticeText:
      'This session was made with edition 1 of the questions. Answers to 53 statements that have changed or been removed no longer count in the group results.',
    letGoSession: 'Let the old answers go',
    respondents: '2 respondents',
  },
  nl: {
    locale: 'nl-NL',
    more: (count: number) => `en nog ${count}`,
    noticeTitle: 'Antwoorden uit een eerdere versie van de vragen',
    noticeText:
      'De stellingen zijn herzien. 53 antwoorden van je horen bij stellingen die veranderd of weggehaald zijn. Ze tellen daarom niet meer mee in je uitkomst.',
    download: 'Download deze antwoorden',
    letGo: 'Gooi deze antwoorden weg',
    fileKeys: { statement: 'stelling', answer: 'antwoord' },
    disagree: 'Oneens',
    resultsTitle: 'Uitkomst voor Buurtkracht',
    thinTitle: "Thema's met te weinig antwoorden",
    groupTooFew: /^Elk thema heeft nog te weinig antwoorden voor een groepsscore/,
    breakdownTitle: 'Antwoorden per stelling',
    thin: [
      'Gedeelde verantwoordelijkheid (1 van 6)',
      'Gezonde instroom (1 van 6)',
      'Echte participatie (1 van 5)',
      'Erkenning door de overheid (1 van 6)',
    ],
    partnership: 'We maken samen met de gemeente plannen en besluiten, als gelijke partners.',
    neutral: 'Niet eens, niet oneens',
    openFile: 'Open een bewaard bestand',
    confirmTitle: 'Deze kopie gebruiken?',
    confirmEdition:
      'Dit bestand is gemaakt met versie 1 van de vragen. 53 antwoorden horen bij stellingen die veranderd of weggehaald zijn. Ze tellen daarom niet meer mee.',
    sessionsUpgraded:
      '1 groepssessie uit een eerdere versie wordt omgezet naar de nieuwe vragen. De oude antwoorden blijven in de sessie bewaard, tot je ze weggooit.',
    cancel: 'Nee, houd wat er staat',
    joinTitle: 'Antwoorden van een lid',
    joinFrom: `Anna heeft 5 van de ${total} stellingen beantwoord.`,
    joinEdition:
      'Deze antwoorden zijn gegeven op versie 1 van de vragen. 53 antwoorden horen bij stellingen die veranderd of weggehaald zijn. Die tellen niet mee; de andere wel.',
    sessionName: 'Naam van de sessie',
    addToSession: 'Voeg toe aan sessie',
    annaInSession: `Anna · 5 van ${total} beantwoord`,
    sharedTitle: 'Gedeelde uitkomst: Buurtkracht',
    readOnly: /^ℹ Alleen bekijken: deze uitkomst is met je gedeeld op/,
    sharedEdition:
      'Deze uitkomst is gemaakt met een eerdere versie van de vragen (versie 1). De scores horen bij de stellingen van die versie.',
    scoreTable: 'Scores per deel en per thema (hoger = sterker)',
    leadership: /Gedeeld leiderschap/,
    participation: /Echte participatie/,
    bands: { low: 'Vraagt aandacht', high: 'Sterk' },
    addToPlan: /Zet in het plan/,
    openSessions: 'Open een bestand met sessies',
    sessionsAdded: '2 sessies toegevoegd.',
    sessionNoticeTitle: 'Antwoorden uit een eerdere versie',
    sessionNoticeText:
      'Deze sessie is gemaakt met versie 1 van de vragen. Antwoorden op 53 stellingen die veranderd of weggehaald zijn, tellen niet meer mee in de groepsuitkomst.',
    letGoSession: 'Gooi de oude antwoorden weg',
    respondents: '2 deelnemers',
  },
};

/** Everything the app keeps on this device, by key. */
const storedData = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((key) => key.startsWith('collective-scan:'))
        .sort()
        .map((key) => [key, localStorage.getItem(key)]),
    ),
  );

for (const language of ['en', 'nl'] as const) {
  const t = texts[language];

  test.describe(`edition 1 in ${language}`, () => {
    test.use({ locale: t.locale });

    test('a stored scan opens with the answers that no longer count listed; they download and can be let go', async ({
      page,
    }) => {
      await page.goto('./');
      await page.evaluate(
        (value) => localStorage.setItem('collective-scan:scan', value),
        scanStorage,
      );
      await page.reload();
      const notice = page.getByRole('status').filter({ hasText: t.noticeTitle });
      await expect(notice).toContainText(t.noticeText);
      await expect(notice.getByRole('listitem')).toHaveText(
        shownList(language, storedLetGo, t.more),
      );

      // The five answers that still fit count: each of their themes has one answer, too few for a
      // score (community building's answer is "not applicable", so it counts for nothing). Every
      // theme without a score is listed; those four show their one counted answer.
      await page.goto('./#/results');
      await expect(page.getByRole('heading', { level: 1, name: t.resultsTitle })).toBeVisible();
      const thinList = page.getByRole('region', { name: t.thinTitle }).getByRole('listitem');
      await expect(thinList).toHaveCount(12);
      await expect(thinList.filter({ hasText: /\(1 (of|van) \d\)$/ })).toHaveText(t.thin);
      await page.goto('./#/scan/sham-participation');
      await expect(
        statements(page).last().getByRole('radio', { name: t.partnership }),
      ).toBeChecked();
      await page.goto('./#/scan/recognition');
      const recognition5 = statements(page)
        .nth(4)
        .getByRole('radio', { name: t.neutral, exact: true });
      await expect(recognition5).toBeChecked();
      // A new statement waits for an answer.
      await expect(statements(page).first().getByRole('radio', { checked: true })).toHaveCount(0);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        notice.getByRole('button', { name: t.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('collective-scan-edition-1-answers.json');
      const entries = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
      expect(entries).toHaveLength(53);
      expect(entries.map((entry: { id: string }) => entry.id)).toEqual(storedLetGo);
      expect(entries).toContainEqual({
        id: 'leadership.q1',
        [t.fileKeys.statement]: retiredText(language, 'leadership.q1'),
        [t.fileKeys.answer]: t.disagree,
      });

      await notice.getByRole('button', { name: t.letGo }).click();
      await expect(page.getByText(t.noticeTitle)).toHaveCount(0);
      await page.reload();
      await expect(recognition5).toBeChecked();
      await expect(page.getByText(t.noticeTitle)).toHaveCount(0);
      const state = await storedScan(page);
      expect(Object.keys(state.answers).sort()).toEqual([...KEPT].sort());
      expect(state.retired).toBeUndefined();
    });

    test('a backup file lists the answers that no longer count before anything changes', async ({
      page,
    }) => {
      await seedScan(page, fullAnswers(), { name: 'Hier en nu' });
      await page.goto('./#/data');
      const before = await storedData(page);
      await page.getByLabel(t.openFile).setInputFiles(fixturePath('backup.json'));
      const dialog = page.getByRole('dialog', { name: t.confirmTitle });
      await expect(dialog).toContainText(t.confirmEdition);
      await expect(dialog.getByRole('listitem')).toHaveText(
        shownList(language, backupLetGo, t.more),
      );
      await expect(dialog).toContainText(t.sessionsUpgraded);
      await dialog.getByRole('button', { name: t.cancel }).click();
      await expect(dialog).toBeHidden();
      expect(await storedData(page)).toEqual(before);
      await expect(page.getByText(t.noticeTitle)).toHaveCount(0);
    });

    test("a member's join link says which answers are left out and adds the member to a session", async ({
      page,
    }) => {
      await page.goto(`./#/join/${fixture('join-payload.txt')}`);
      await expect(page.getByRole('heading', { level: 1, name: t.joinTitle })).toBeVisible();
      await expect(page.getByText(t.joinFrom)).toBeVisible();
      await expect(page.getByText(t.joinEdition)).toBeVisible();
      await page.getByLabel(t.sessionName).fill('Edition one');
      await page.getByRole('button', { name: t.addToSession }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Edition one' })).toBeVisible();
      await expect(page.getByText(t.annaInSession)).toBeVisible();
    });

    test('a results link opens read-only with the edition note and saves nothing', async ({
      page,
    }) => {
      await page.goto(`./#/shared/${fixture('results-payload.txt')}`);
      await expect(page.getByRole('heading', { level: 1, name: t.sharedTitle })).toBeVisible();
      const notice = page.getByRole('status').filter({ hasText: t.readOnly });
      await expect(notice).toContainText(t.sharedEdition);
      // The scores as shared, under today's labels and with their level in words.
      const table = page.getByRole('table', { name: t.scoreTable });
      const leadership = table.getByRole('row', { name: t.leadership }).getByRole('cell');
      await expect(leadership.nth(0)).toHaveText('35');
      await expect(leadership.nth(1)).toHaveText(t.bands.low);
      const participation = table.getByRole('row', { name: t.participation }).getByRole('cell');
      await expect(participation.nth(0)).toHaveText('80');
      await expect(participation.nth(1)).toHaveText(t.bands.high);
      await expect(page.getByRole('button', { name: t.addToPlan })).toHaveCount(0);
      const stored = Object.keys(await storedData(page)).filter(
        (key) => key !== 'collective-scan:settings',
      );
      expect(stored).toEqual([]);
    });

    test('a sessions file imports; the session page lists the old answers until they are let go', async ({
      page,
    }) => {
      await page.goto('./#/workshop');
      await page.getByLabel(t.openSessions).setInputFiles(fixturePath('sessions.json'));
      await expect(page.getByText(t.sessionsAdded)).toBeVisible();
      await page.getByRole('link', { name: 'Board evening' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Board evening' })).toBeVisible();
      const notice = page.getByRole('status').filter({ hasText: t.sessionNoticeTitle });
      await expect(notice).toContainText(t.sessionNoticeText);
      await expect(notice.getByRole('listitem')).toHaveText(
        shownList(language, backupLetGo, t.more),
      );
      await expect(page.getByRole('heading', { level: 2, name: t.respondents })).toBeVisible();
      await expect(page.getByText(t.annaInSession)).toBeVisible();

      await notice.getByRole('button', { name: t.letGoSession }).click();
      await expect(page.getByText(t.sessionNoticeTitle)).toHaveCount(0);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Board evening' })).toBeVisible();
      await expect(page.getByText(t.sessionNoticeTitle)).toHaveCount(0);
      await expect(page.getByText(t.annaInSession)).toBeVisible();

      // Five answers each are too few for any theme: the group results say so, and still show
      // what was answered per statement.
      await page.goto('./#/workshop/evening-1/results');
      await expect(page.getByText(t.groupTooFew)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t.breakdownTitle })).toBeVisible();
    });
  });
}
