// npm run bench: builds, serves the build, and prints one table of size and speed figures.
// A report, not a gate: CI runs the size budget (scripts/size.mjs) instead.
import { execSync, spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from 'vite';
import { BUDGET_INITIAL_KIB, BUDGET_TOTAL_KIB, measure } from './size.mjs';

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const CPU_SLOWDOWN = 4;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function lighthouseRuns(runs = 3) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      const { lhr } = await lighthouse(BASE, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      results.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  // The median run by performance score, as Lighthouse's own guidance suggests.
  const byScore = [...results].sort((a, b) => a.performance - b.performance);
  return byScore[Math.floor(byScore.length / 2)];
}

/** Latency from a click to the next frame after it, measured in the page at 4× CPU slowdown. */
async function interactionLatency() {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${BASE}#/scan/financing-perspective`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => {
    window.__latencies = [];
    // Capture phase: runs before React's handler. Two frames later the first frame with the
    // change has been presented.
    document.addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        const kind = event.target.closest('input[type=radio]') ? 'answer' : 'next';
        requestAnimationFrame(() =>
          setTimeout(() => window.__latencies.push({ kind, ms: performance.now() - start }), 0),
        );
      },
      true,
    );
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let answered = 0;
  for (let theme = 0; theme < 12; theme += 1) {
    const groups = page
      .getByRole('main')
      .getByRole('group')
      .filter({ has: page.getByRole('radio') });
    const count = await groups.count();
    for (let index = 0; index < count; index += 1) {
      await groups
        .nth(index)
        .getByRole('radio')
        .nth((index + theme) % 5)
        .click();
      answered += 1;
    }
    const next = page.getByRole('main').getByRole('link', { name: /^(Next|See results)/ });
    if (theme < 11) {
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      await next.click();
      await page.waitForFunction(
        (old) => document.querySelector('h1')?.textContent !== old,
        heading,
      );
    }
  }
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => window.__latencies);

  // Radar: from clicking "Results" to the chart's polygon drawn, cold (chunk not yet loaded), then warm.
  const radar = [];
  for (let run = 0; run < 6; run += 1) {
    await page.goto(`${BASE}#/scan/recognition`);
    await page.getByRole('heading', { level: 1, name: 'Recognition by the government' }).waitFor();
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('.recharts-polygon')) {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true });
          document.querySelector('a[href="#/results"]').click();
        }),
    );
    radar.push(ms);
  }
  await browser.close();
  const of = (kind) => latencies.filter((entry) => entry.kind === kind).map((entry) => entry.ms);
  return {
    answered,
    answers: of('answer'),
    nexts: of('next'),
    radarCold: radar[0],
    radarWarm: median(radar.slice(1)),
  };
}

execSync('npx vite build', { stdio: 'ignore' });
/** Domain aggregation of 10,000 respondents × every statement, loaded from the TypeScript source. */
async function aggregation() {
  const vite = await createServer({
    server: { middlewareMode: true },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const { questionnaire } = await vite.ssrLoadModule('/src/content/questionnaire.ts');
    const { groupThemeStats } = await vite.ssrLoadModule('/src/domain/group.ts');
    const { allQuestions } = await vite.ssrLoadModule('/src/domain/questionnaire.ts');
    const length = allQuestions(questionnaire).length;
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const chars = '01234dn.';
    const respondents = Array.from({ length: 10_000 }, () =>
      Array.from({ length }, () => chars[Math.floor(random() * 5.6)]).join(''),
    );
    const runs = [];
    for (let run = 0; run < 7; run += 1) {
      const start = performance.now();
      groupThemeStats(questionnaire, respondents);
      runs.push(performance.now() - start);
    }
    return {
      ms: median(runs.slice(2)),
      respondents,
      statements: length,
      version: questionnaire.version,
    };
  } finally {
    await vite.close();
  }
}

/** Imports a 10,000-respondent sessions file in the page and reports the longest main-thread block. */
async function importResponsiveness(file) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const page = await browser.newPage();
  await page.goto(`${BASE}#/workshop`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // The file is built inside the page first, so only the app's own work is measured.
  await page.evaluate((text) => {
    window.__file = new File([text], 'ten-thousand.json', { type: 'application/json' });
  }, file);
  const start = Date.now();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
    const input = document.querySelector('input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(window.__file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.getByText('1 session added.').waitFor({ timeout: 60_000 });
  const total = Date.now() - start;
  const longest = await page.evaluate(() => window.__longest);
  await browser.close();
  return { total, longest, bytes: file.length };
}

/** A merge session of `count` respondents in storage, from the aggregation's random answers. */
function sessionsState(respondents, version) {
  return JSON.stringify({
    version: 1,
    state: {
      sessions: [
        {
          id: 'bench',
          name: 'Forty',
          createdAt: '2026-11-01T19:00:00.000Z',
          method: 'merge',
          questionnaireVersion: version,
          respondents: respondents.map((answers, index) => ({
            id: `r${index}`,
            name: `Member ${index + 1}`,
            answers,
            addedAt: '2026-11-01T19:00:00.000Z',
          })),
          tally: {},
          revealed: [],
        },
        {
          id: 'tally',
          name: 'Room',
          createdAt: '2026-11-01T19:00:00.000Z',
          method: 'tally',
          questionnaireVersion: version,
          respondents: [],
          tally: {},
          revealed: [],
        },
      ],
    },
  });
}

/** From clicking "See group results" to the group radar and table painted, 40 respondents, 4× CPU. */
async function groupResults(state) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(BASE);
  await page.evaluate((value) => localStorage.setItem('collective-scan:sessions', value), state);
  const cdp = await page.context().newCDPSession(page);
  await page.reload();
  const runs = [];
  // Same page throughout (hash navigation), as a facilitator goes back and forth: the first run
  // loads the screen's code and the chart module, the others reuse them.
  for (let run = 0; run < 6; run += 1) {
    await page.goto(`${BASE}#/workshop/bench`);
    await page.getByRole('link', { name: 'See group results' }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    runs.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('.recharts-polygon') && document.querySelector('table')) {
                observer.disconnect();
                requestAnimationFrame(() =>
                  setTimeout(() => resolve(performance.now() - start), 0),
                );
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            document.querySelector('a[href$="/results"].button').click();
          }),
      ),
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
  await browser.close();
  return { cold: runs[0], warm: median(runs.slice(1)) };
}

/** From a vote or reveal in the presenter's window to the audience window painted (ms). */
async function presenterDelay(state) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.evaluate((value) => localStorage.setItem('collective-scan:sessions', value), state);
  await page.goto(`${BASE}#/workshop/tally/tally/1`);
  await page.reload();
  await page.getByRole('button', { name: 'Open audience window' }).waitFor();
  const [audience] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Open audience window' }).click(),
  ]);
  await audience.getByRole('heading', { level: 1 }).waitFor();
  await audience.evaluate(() => {
    window.__delays = [];
    const room = () => document.querySelector('[data-sent-at]');
    new MutationObserver(() => {
      const sent = Number(room()?.getAttribute('data-sent-at'));
      // Painted: the first frame after the change.
      requestAnimationFrame(() => setTimeout(() => window.__delays.push(Date.now() - sent), 0));
    }).observe(document.body, {
      attributes: true,
      subtree: true,
      attributeFilter: ['data-sent-at'],
    });
  });
  await page.keyboard.press('r');
  for (let vote = 0; vote < 20; vote += 1) {
    await page.keyboard.press(String((vote % 5) + 1));
    await page.waitForTimeout(100);
  }
  await audience.waitForTimeout(300);
  const delays = await audience.evaluate(() => window.__delays);
  await browser.close();
  return delays;
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
    detached: true,
  },
);
try {
  const sizes = measure();
  for (let tries = 0; tries < 50; tries += 1) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const aggregate = await aggregation();
  const sessionsFile = JSON.stringify({
    format: 'collective-scan-sessions',
    version: 1,
    questionnaireVersion: aggregate.version,
    exportedAt: new Date().toISOString(),
    sessions: [
      {
        id: 'bench',
        name: 'Ten thousand',
        createdAt: new Date().toISOString(),
        method: 'merge',
        questionnaireVersion: aggregate.version,
        respondents: aggregate.respondents.map((answers, index) => ({
          id: `r${index}`,
          answers,
          addedAt: new Date().toISOString(),
        })),
        tally: {},
        revealed: [],
      },
    ],
  });
  const imported = await importResponsiveness(sessionsFile);
  const forty = sessionsState(aggregate.respondents.slice(0, 40), aggregate.version);
  const group = await groupResults(forty);
  const delays = await presenterDelay(forty);
  const lh = await lighthouseRuns(3);
  const latency = await interactionLatency();
  const rows = [
    [
      'JS before first interaction (gz)',
      `${sizes.initialKiB.toFixed(1)} KiB`,
      `≤ ${BUDGET_INITIAL_KIB} KiB`,
    ],
    ['All JS (gz)', `${sizes.totalKiB.toFixed(1)} KiB`, `≤ ${BUDGET_TOTAL_KIB} KiB`],
    ['Translations, both languages (JSON, gz)', `${sizes.translationsKiB.toFixed(1)} KiB`, '—'],
    ['Lighthouse performance (mobile, median of 3)', lh.performance.toFixed(0), '≥ 95'],
    ['Lighthouse accessibility', lh.accessibility.toFixed(0), '100'],
    ['Lighthouse best practices', lh.bestPractices.toFixed(0), '100'],
    ['Largest Contentful Paint', `${(lh.lcp / 1000).toFixed(2)} s`, '≤ 1.8 s'],
    ['Total Blocking Time', `${lh.tbt.toFixed(0)} ms`, '—'],
    ['Cumulative Layout Shift', lh.cls.toFixed(3), '—'],
    [
      `Click → answer painted, p50 / p95 (${latency.answers.length} answers, ${CPU_SLOWDOWN}× CPU)`,
      `${median(latency.answers).toFixed(0)} / ${percentile(latency.answers, 95).toFixed(0)} ms`,
      'p95 ≤ 100 ms',
    ],
    [
      `Next → next theme painted, p50 / p95 (${latency.nexts.length} clicks, ${CPU_SLOWDOWN}× CPU)`,
      `${median(latency.nexts).toFixed(0)} / ${percentile(latency.nexts, 95).toFixed(0)} ms`,
      'p95 ≤ 100 ms',
    ],
    [
      `Radar drawn after "Results", cold / warm (${CPU_SLOWDOWN}× CPU)`,
      `${latency.radarCold.toFixed(0)} / ${latency.radarWarm.toFixed(0)} ms`,
      '—',
    ],
    [
      `Aggregate 10,000 respondents × ${aggregate.statements} statements (domain, median of 5)`,
      `${aggregate.ms.toFixed(0)} ms`,
      '≤ 150 ms',
    ],
    [
      `Group results of 40 respondents painted after the click, cold / warm (${CPU_SLOWDOWN}× CPU)`,
      `${group.cold.toFixed(0)} / ${group.warm.toFixed(0)} ms`,
      'warm ≤ 300 ms',
    ],
    [
      `Presenter → audience window painted, p50 / p95 (${delays.length} updates)`,
      `${median(delays).toFixed(0)} / ${percentile(delays, 95).toFixed(0)} ms`,
      '≤ 100 ms',
    ],
    [
      `Import a 10,000-respondent file (${(imported.bytes / 1024 / 1024).toFixed(1)} MB): total / longest main-thread block`,
      `${imported.total} / ${imported.longest.toFixed(0)} ms`,
      'page stays responsive',
    ],
  ];
  console.log(
    `\nCollective Scan bench, ${new Date().toISOString().slice(0, 10)}, node ${process.version}\n`,
  );
  console.log('| measure | result | target |\n| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  process.kill(-server.pid);
}
