// A group session of 10,000 respondents: imports it through the app (the sessions file input),
// then reloads on its group results at 4× CPU slowdown and reports the main thread's long tasks.
// `node scripts/bench-big-session.mjs [base]` prints one run; the bench imports
// bigSessionLongestTask(base) and calls it against the build it serves.
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CPU_SLOWDOWN = 4;
const QUESTIONS = 69;

/** A sessions file with `count` respondents whose answers are random but the same every run. */
export function bigSessionFile(count = 10_000) {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  // Answer characters of the compact format: options 0–4, don't know, not applicable, unanswered.
  const chars = '01234dn.';
  const respondents = Array.from({ length: count }, (_, i) => ({
    id: `r${i}`,
    answers: Array.from({ length: QUESTIONS }, () => chars[Math.floor(random() * 5.6)]).join(''),
    addedAt: '2026-11-01T19:00:00.000Z',
  }));
  return JSON.stringify({
    format: 'collective-scan-sessions',
    version: 1,
    questionnaireVersion: '2',
    exportedAt: '2026-11-02T00:00:00.000Z',
    sessions: [
      {
        id: 'bench',
        name: 'Ten thousand',
        createdAt: '2026-11-01T19:00:00.000Z',
        method: 'merge',
        questionnaireVersion: '2',
        respondents,
        tally: {},
        revealed: [],
      },
    ],
  });
}

/** The group results' table is on screen with its figures (no longer "working out"). */
async function resultsOnScreen(page) {
  await page.getByRole('table').first().waitFor({ timeout: 60_000 });
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 60_000 });
}

/**
 * Reloads the group results of 10,000 stored respondents at 4× CPU slowdown (or `slowdown`). `longest`: the
 * longest main-thread task (ms) from the reload until the results are on screen and settled;
 * `tasks`: every long task (> 50 ms) in that time; `paintedMs`: from the reload until the
 * results table is on screen.
 */
export async function bigSessionLongestTask(
  base,
  { count = 10_000, slowdown = CPU_SLOWDOWN } = {},
) {
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--headless', '--no-sandbox', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base}#/workshop`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page
      .locator('input[type=file]')
      .first()
      .setInputFiles({
        name: 'sessions.json',
        mimeType: 'application/json',
        buffer: Buffer.from(bigSessionFile(count)),
      });
    await page.getByText(/session added|sessie toegevoegd/).waitFor({ timeout: 60_000 });
    await page.goto(`${base}#/workshop/bench/results`);
    await resultsOnScreen(page);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    const started = Date.now();
    await page.reload();
    await resultsOnScreen(page);
    const paintedMs = Date.now() - started;
    // Work that follows the first paint (the chart, a second render) counts too.
    await page.waitForTimeout(1500);
    const tasks = await page.evaluate(() => window.__longTasks);
    return { longest: Math.max(0, ...tasks), tasks, paintedMs };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const base = process.argv[2] ?? process.env.BASE ?? 'http://127.0.0.1:4173/';
  const count = Number(process.env.N ?? 10_000);
  const slowdown = Number(process.env.CPU ?? CPU_SLOWDOWN);
  console.log(JSON.stringify(await bigSessionLongestTask(base, { count, slowdown })));
}
