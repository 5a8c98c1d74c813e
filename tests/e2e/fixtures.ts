import {
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Locator,
  type Page,
} from '@playwright/test';
import { currentLayout } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { encodeAnswers } from '@/domain/compact-answers';
import { allQuestions, optionsOf } from '@/domain/questionnaire';

/** What the guards saw during one test, over every page of every context the test used. */
type Findings = { foreign: string[]; csp: string[]; crashed: string[] };

/**
 * Watches a browser context: requests to other hosts, Content-Security-Policy violations (sent
 * to the test as they happen, so a crashed or closed page cannot hide them) and crashed pages.
 */
async function watch(context: BrowserContext, origin: string, findings: Findings) {
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      findings.foreign.push(url);
    }
  });
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    findings.csp.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
        .__reportCspViolation;
      report?.(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  const onPage = (page: Page) => page.on('crash', () => findings.crashed.push(page.url()));
  context.pages().forEach(onPage);
  context.on('page', onPage);
}

/**
 * Every browser test runs with the guards: no request may leave the app's own origin, the
 * Content-Security-Policy must never be violated, and no page may crash. Any of them fails the
 * test at its end. `guardedContext` opens a further context (another device) under the same guards.
 */
export const test = base.extend<{
  findings: Findings;
  guards: undefined;
  guardedContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
  findings: async ({}, use) => {
    await use({ foreign: [], csp: [], crashed: [] });
  },
  guards: [
    async ({ context, baseURL, findings }, use) => {
      await watch(context, new URL(baseURL ?? 'http://127.0.0.1:4173/').origin, findings);
      await use(undefined);
      expect(findings.crashed, 'crashed pages').toEqual([]);
      expect(findings.foreign, 'requests to other hosts').toEqual([]);
      expect(findings.csp, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  guardedContext: async ({ browser, baseURL, findings }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      await watch(context, new URL(baseURL ?? 'http://127.0.0.1:4173/').origin, findings);
      opened.push(context);
      return context;
    });
    await Promise.all(opened.map((context) => context.close()));
  },
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

/**
 * A complete profile of the kind the profile step saves (every required field filled in) that
 * rules out no statement: two sectors, some paid staff, older than two years.
 */
export const fullProfile = {
  name: 'Buurtkracht',
  sectors: ['energy', 'care'],
  legalForm: 'cooperative',
  members: 90,
  volunteers: 12,
  paidStaff: 'some',
  founded: 2014,
  scale: 'district',
};

/**
 * Puts a scan of today's edition straight into storage (for tests that are not about answering).
 * `questionnaireVersion` is only for tests of older data.
 */
export async function seedScan(
  page: Page,
  answers: StoredAnswers,
  profile: object = {},
  questionnaireVersion: string = questionnaire.version,
) {
  await page.goto('./');
  await page.evaluate(
    ([a, p, v]) => {
      localStorage.setItem(
        'collective-scan:scan',
        JSON.stringify({
          version: 2,
          state: {
            questionnaireVersion: v,
            profile: p,
            answers: a,
            updatedAt: '2026-01-01T00:00:00.000Z',
          },
        }),
      );
    },
    [answers, profile, questionnaireVersion] as const,
  );
  await page.reload();
}

/** A full set of answers: each statement's options (its own scale, or the ladder) cycle. */
export function fullAnswers(): StoredAnswers {
  const answers: StoredAnswers = {};
  allQuestions(questionnaire).forEach((question, n) => {
    const options = optionsOf(questionnaire, question);
    answers[question.id] = options[(n * 3 + 1) % options.length]?.id ?? 'dont-know';
  });
  return answers;
}

/** The first statement of the questionnaire and its option ids: what the seeded tally voted on. */
function firstStatement() {
  const [question] = allQuestions(questionnaire);
  if (!question) throw new Error('The questionnaire has no statements');
  return {
    id: question.id,
    options: optionsOf(questionnaire, question).map((option) => option.id),
  };
}
const firstQuestion = firstStatement();

/**
 * Two sessions in storage: "Board evening" merging three respondents, and a tally with 7 votes
 * on the first statement (4 for its fourth option, 2 for its second, 1 don't know).
 */
export async function seedSessions(page: Page) {
  const encoded = (pick: number) => {
    const answers = fullAnswers();
    allQuestions(questionnaire).forEach((question, n) => {
      if (n % 3 === pick)
        answers[question.id] = optionsOf(questionnaire, question)[0]?.id ?? 'dont-know';
    });
    return encodeAnswers(currentLayout, answers);
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
      tally: {
        [firstQuestion.id]: {
          [firstQuestion.options[3] ?? '']: 4,
          [firstQuestion.options[1] ?? '']: 2,
          'dont-know': 1,
        },
      },
      revealed: [],
    },
  ];
  await page.goto('./');
  await storeSessions(page, sessions);
  await page.reload();
}

/** Puts group sessions in the open page's storage, as the app stores them. */
export async function storeSessions(page: Page, sessions: unknown[]) {
  await page.evaluate((value) => {
    localStorage.setItem(
      'collective-scan:sessions',
      JSON.stringify({ version: 1, state: { sessions: value } }),
    );
  }, sessions);
}

/** Two snapshots of today's edition and a plan step in storage. */
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
        questionnaireVersion: questionnaire.version,
        overall: 61,
        areaScores: {},
        themeScores: scores(40),
      },
      {
        id: 's1',
        name: 'Scan 2025',
        createdAt: '2025-11-01T10:00:00.000Z',
        kind: 'group',
        questionnaireVersion: questionnaire.version,
        overall: 52,
        areaScores: {},
        themeScores: scores(30),
      },
    ],
    actions: [
      {
        id: 'a1',
        themeId: 'leadership',
        adviceKey: 'leadership.steps.s1',
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

/** The spoke labels of a radar chart: its SVG texts that start with a theme number. */
export async function spokeLabels(chart: Locator): Promise<string[]> {
  return chart.evaluate((element) =>
    [...element.querySelectorAll('text')]
      .map((text) => text.textContent?.trim() ?? '')
      .filter((text) => /^\d+\s/.test(text)),
  );
}

/**
 * The names of the shapes (lines and bands) a radar chart draws: recharts names each series'
 * outline after it (`name`); markers have a name too but are placed by a transform.
 */
export async function drawnShapes(chart: Locator): Promise<string[]> {
  return chart.evaluate((element) =>
    [...element.querySelectorAll('path[name]')]
      .filter(
        (path) => !path.hasAttribute('transform') && (path.getAttribute('d') ?? '').includes('L'),
      )
      .filter((path) => getComputedStyle(path).stroke !== 'none')
      .map((path) => path.getAttribute('name') ?? ''),
  );
}

/** Starts recording the page's long tasks (over 50 ms), to check that work never blocks it. */
export async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __tasks: number[] }).__tasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
}

/** The longest task recorded since watchLongTasks, in ms (0 when there was none). */
export function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks));
}

/**
 * The scan as it is stored now, read back into answers, profile and retired answers: items
 * (src/domain/scan-items.ts: one per answer, `a:<question id>`; a cleared one holds null) or,
 * until the app's first change, the older one-object format a test seeded.
 */
export async function storedScan(page: Page) {
  const state = await page.evaluate(
    () => JSON.parse(localStorage.getItem('collective-scan:scan') ?? 'null')?.state,
  );
  if (state && !('items' in state)) {
    return { answers: state.answers, profile: state.profile, retired: state.retired };
  }
  const live = Object.entries((state?.items ?? {}) as Record<string, { v?: unknown; gone?: true }>)
    .filter(([, entry]) => entry.v !== undefined && entry.v !== null && !entry.gone)
    .map(([id, entry]) => [id, entry.v] as const);
  return {
    answers: Object.fromEntries(
      live.filter(([id]) => id.startsWith('a:')).map(([id, v]) => [id.slice(2), v]),
    ) as Record<string, string>,
    profile: live.find(([id]) => id === 'profile')?.[1],
    retired: live.find(([id]) => id === 'retired')?.[1],
  };
}
