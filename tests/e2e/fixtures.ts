import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { allQuestions, optionsOf } from '@/domain/questionnaire';

/**
 * Every browser test runs with two guards: no request may leave the app's own origin, and the
 * Content-Security-Policy must never be violated. Either fails the test at its end.
 */
export const test = base.extend<{ guards: undefined }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
      const foreign: string[] = [];
      page.context().on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
          foreign.push(url);
        }
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
        });
      });
      await use(undefined);
      expect(foreign, 'requests to other hosts').toEqual([]);
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target} with the keyboard`);
}

/** The statements of the current wizard step: the groups that hold answer options. */
export function statements(page: Page): Locator {
  return page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByRole('radio') });
}

/**
 * Answers every statement of the current theme with the keyboard only: Tab into each group,
 * then Space for the first option or arrow keys for a later one (`pick` gives the option index).
 */
export async function answerThemeByKeyboard(page: Page, pick: (index: number) => number) {
  const groups = statements(page);
  const count = await groups.count();
  for (let index = 0; index < count; index += 1) {
    const group = groups.nth(index);
    await tabTo(page, group.getByRole('radio').first());
    const steps = pick(index);
    if (steps === 0) await page.keyboard.press('Space');
    for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowRight');
    await expect(group.getByRole('radio').nth(steps)).toBeChecked();
  }
}

type StoredAnswers = Record<string, string>;

/** Puts a scan straight into storage (for tests that are not about answering). */
export async function seedScan(page: Page, answers: StoredAnswers, profile: object = {}) {
  await page.goto('./');
  await page.evaluate(
    ([a, p]) => {
      localStorage.setItem(
        'collective-scan:scan',
        JSON.stringify({
          version: 2,
          state: {
            questionnaireVersion: '1',
            profile: p,
            answers: a,
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        }),
      );
    },
    [answers, profile] as const,
  );
  await page.reload();
}

/** A full set of answers: agreement answers cycle through the scale; the ladder gets a rung. */
export function fullAnswers(): StoredAnswers {
  const answers: StoredAnswers = {};
  allQuestions(questionnaire).forEach((question, n) => {
    const options = optionsOf(questionnaire, question);
    answers[question.id] = options[(n * 3 + 1) % options.length]?.id ?? 'dont-know';
  });
  return answers;
}

/** Two sessions in storage: "Board evening" merging three respondents, and a tally with votes. */
export async function seedSessions(page: Page) {
  const encoded = (pick: number) => {
    const answers = fullAnswers();
    allQuestions(questionnaire).forEach((question, n) => {
      if (n % 3 === pick)
        answers[question.id] = optionsOf(questionnaire, question)[0]?.id ?? 'dont-know';
    });
    return encodeAnswers(questionnaire, answers);
  };
  const sessions = [
    {
      id: 'merge-1',
      name: 'Board evening',
      createdAt: '2026-11-01T19:00:00.000Z',
      method: 'merge',
      questionnaireVersion: questionnaire.version,
      respondents: [0, 1, 2].map((pick) => ({
        id: `r${pick}`,
        ...(pick === 0 ? { name: 'Anna' } : {}),
        answers: encoded(pick),
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
      tally: { 'financing-perspective.q1': { agree: 4, disagree: 2, 'dont-know': 1 } },
      revealed: [],
    },
  ];
  await page.goto('./');
  await page.evaluate((value) => {
    localStorage.setItem(
      'collective-scan:sessions',
      JSON.stringify({ version: 1, state: { sessions: value } }),
    );
  }, sessions);
  await page.reload();
}

/** Two snapshots and a plan step in storage. */
export async function seedRecords(page: Page) {
  const scores = (value: number) =>
    Object.fromEntries(
      questionnaire.areas
        .flatMap((area) => area.themes)
        .map((theme, index) => [theme.id, (value + index * 5) % 100]),
    );
  const records = {
    snapshots: [
      {
        id: 's2',
        name: 'Scan 2026',
        createdAt: '2026-11-01T10:00:00.000Z',
        kind: 'individual',
        overall: 61,
        areaScores: {},
        themeScores: scores(40),
      },
      {
        id: 's1',
        name: 'Scan 2025',
        createdAt: '2025-11-01T10:00:00.000Z',
        kind: 'group',
        overall: 52,
        areaScores: {},
        themeScores: scores(30),
      },
    ],
    actions: [
      {
        id: 'a1',
        themeId: 'leadership',
        adviceKey: 'leadership.low.small.s1',
        owner: 'Anna',
        due: '2027-01-31',
        status: 'doing',
      },
    ],
  };
  await page.goto('./');
  await page.evaluate((value) => {
    localStorage.setItem('collective-scan:records', JSON.stringify({ version: 1, state: value }));
  }, records);
}
