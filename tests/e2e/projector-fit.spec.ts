import type { Locator, Page } from '@playwright/test';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { allQuestions, optionsOf } from '@/domain/questionnaire';
import { expect, fullAnswers, seedScan, storeSessions, test } from './fixtures';

/**
 * Projector mode in a real room: at 1024×768, 1280×720 and 1920×1080, in English and Dutch, each
 * room screen fits without scrolling — every answer row and count is inside the viewport and
 * above the button bar.
 */
const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];
const ladderNumber =
  allQuestions(questionnaire).findIndex((q) => q.id === 'sham-participation.q5') + 1;
const texts = {
  en: {
    projector: /Projector mode/,
    navigation: 'Statements',
    steps: 'Steps',
    discussNav: 'Disputed themes',
    radar: /Radar chart of the group/,
  },
  nl: {
    projector: /Beamerstand/,
    navigation: 'Stellingen',
    steps: 'Stappen',
    discussNav: "Thema's waarover de groep het oneens is",
    radar: /Radardiagram met de scores van de groep/,
  },
};

/** A merge session where the group splits on leadership, and a tally with votes on two statements. */
async function seedRoom(page: Page) {
  const member = (high: boolean, shift: number) => {
    const answers = fullAnswers();
    allQuestions(questionnaire).forEach((question, n) => {
      const options = optionsOf(questionnaire, question);
      answers[question.id] = question.id.startsWith('leadership.')
        ? (options[high ? options.length - 1 : 0]?.id ?? '')
        : (options[(n + shift) % options.length]?.id ?? '');
    });
    return encodeAnswers(currentLayout, answers);
  };
  const votes = (question: (typeof currentLayout.questions)[number] | undefined) =>
    Object.fromEntries(
      [...(question?.options ?? []), 'dont-know', 'not-applicable'].map((id, i) => [
        id,
        (i % 4) + 1,
      ]),
    );
  const sessions = [
    {
      id: 'merge-1',
      name: 'Board evening',
      createdAt: '2026-11-01T19:00:00.000Z',
      method: 'merge',
      questionnaireVersion: questionnaire.version,
      respondents: [true, false, true, false].map((high, r) => ({
        id: `r${r}`,
        name: ['Anna', 'Bram', 'Chris', 'Dana'][r],
        answers: member(high, r),
        addedAt: '2026-11-01T19:05:00.000Z',
      })),
      tally: {},
      revealed: [],
    },
    {
      id: 'tally-1',
      name: 'Neighbourhood night',
      createdAt: '2026-11-02T19:00:00.000Z',
      method: 'tally',
      questionnaireVersion: questionnaire.version,
      respondents: [],
      roomSize: 30,
      tally: {
        [currentLayout.questions[0]?.id ?? '']: votes(currentLayout.questions[0]),
        'sham-participation.q5': votes(currentLayout.questions[ladderNumber - 1]),
      },
      revealed: [currentLayout.questions[0]?.id ?? '', 'sham-participation.q5'],
    },
  ];
  await storeSessions(page, sessions);
}

/** Fails unless every element is fully inside the viewport and above the bar (when there is one). */
async function expectOnScreen(page: Page, elements: Locator, bar: Locator | null, what: string) {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const barTop = bar ? ((await bar.boundingBox())?.y ?? height) : height;
  const count = await elements.count();
  expect(count, `${what}: how many`).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const box = await elements.nth(index).boundingBox();
    expect(box, `${what} ${index + 1} is drawn`).not.toBeNull();
    if (!box) continue;
    expect(box.y, `${what} ${index + 1} top`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what} ${index + 1} right edge`).toBeLessThanOrEqual(width + 1);
    expect(box.y + box.height, `${what} ${index + 1} above the buttons`).toBeLessThanOrEqual(
      barTop + 1,
    );
  }
  const scroll = await page.evaluate(() => window.scrollY);
  expect(scroll, `${what}: the page did not scroll`).toBe(0);
}

for (const language of ['en', 'nl'] as const) {
  const t = texts[language];
  for (const size of sizes) {
    test.describe(`projector ${size.width}×${size.height} (${language})`, () => {
      test.use({ viewport: size, locale: language === 'nl' ? 'nl-NL' : 'en-GB' });

      test.beforeEach(async ({ page }) => {
        await seedScan(page, fullAnswers());
        await seedRoom(page);
        await page.reload();
        await page.getByRole('button', { name: t.projector }).click();
      });

      for (const [name, route] of [
        ['a five-point statement', '#/scan/leadership/2'],
        ['the ladder', '#/scan/sham-participation/5'],
      ] as const) {
        test(`the wizard shows ${name} with all its answers`, async ({ page }) => {
          await page.goto(`./${route}`);
          const group = page.getByRole('main').getByRole('group');
          await expect(group).toHaveCount(1);
          await expectOnScreen(
            page,
            group.getByRole('radio'),
            page.getByRole('navigation', { name: t.steps }),
            'answer',
          );
        });
      }

      for (const [name, number] of [
        ['a five-point statement', 1],
        ['the ladder', ladderNumber],
      ] as const) {
        test(`the tally shows ${name} with every row and count after reveal`, async ({ page }) => {
          await page.goto(`./#/workshop/tally-1/tally/${number}`);
          const rows = page.getByRole('main').getByRole('listitem');
          await expect(rows.first()).toBeVisible();
          const bar = page.getByRole('navigation', { name: t.navigation });
          await expectOnScreen(page, rows, bar, 'answer row');
          // The counts are shown (revealed) and each is inside its row on screen.
          await expectOnScreen(
            page,
            rows.getByText(/\d+ (votes?|stemmen|stem) \(\d+%\)/),
            bar,
            'count',
          );
        });
      }

      test('the group radar fits the screen as the page opens', async ({ page }) => {
        await page.goto('./#/workshop/merge-1/results');
        const chart = page.getByRole('img', { name: t.radar });
        await expect(chart).toBeVisible();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        const box = await chart.boundingBox();
        expect(box?.height ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(size.height);
        await expect(chart).toBeInViewport({ ratio: 1 });
      });

      test('the discussion mode fits the screen', async ({ page }) => {
        await page.goto('./#/workshop/merge-1/discuss/1');
        const main = page.getByRole('main');
        await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
        const bar = page.getByRole('navigation', { name: t.discussNav });
        await expectOnScreen(page, main.getByRole('listitem'), bar, 'item');
        await expect(bar).toBeInViewport({ ratio: 1 });
      });
    });
  }
}
