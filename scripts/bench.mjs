// npm run bench: builds, serves the build, and prints one table of size and speed figures.
// A report, not a gate: CI runs the size budget (scripts/size.mjs) instead.
import { execSync, spawn } from 'node:child_process';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { bigSessionLongestTask } from './bench-big-session.mjs';
import { matchingBench, matchingComputeBench } from './bench-matching.mjs';
import { loadSource } from './load-source.mjs';
import { BUDGET_INITIAL_KIB, BUDGET_TOTAL_KIB, measure } from './size.mjs';
import { buildSurveyJs } from './surveyjs/build.mjs';

const SURVEYJS_DIR = new URL('../.bench/surveyjs/', import.meta.url).pathname;
const SURVEYJS_CONFIG = new URL('./surveyjs/vite.config.mjs', import.meta.url).pathname;

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

/**
 * Lighthouse (mobile, its default throttling), the median of `runs` runs. `storage`:
 * items put into localStorage first (a board that reloads mid-scan), through a page of the same
 * origin that is not the app, so the HTTP cache stays cold and no service worker is installed;
 * Lighthouse is then told not to wipe storage.
 */
async function lighthouseRuns(url, { storage, runs = 3 } = {}) {
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      if (storage) {
        const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
        const page = await browser.contexts()[0].newPage();
        await page.goto(new URL('favicon.svg', url).href);
        await page.evaluate((items) => {
          for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
        }, storage);
        await page.close();
        await browser.close();
      }
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        disableStorageReset: Boolean(storage),
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      results.push(lhr);
    } finally {
      await chrome.kill();
    }
  }
  // The median run as Lighthouse itself picks it (closest to the median FCP and time to
  // interactive). Not by score: three runs that all score 100 would make the pick arbitrary.
  const lhr = computeMedianRun(results);
  return {
    performance: lhr.categories.performance.score * 100,
    accessibility: lhr.categories.accessibility.score * 100,
    bestPractices: lhr.categories['best-practices'].score * 100,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    shifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map(
      (item) => `${item.node?.selector ?? '?'} ${item.score?.toFixed(3)}`,
    ),
    lcpElement:
      lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
        ?.selector,
  };
}

/** Latency from a click to the next frame after it, measured in the page at 4× CPU slowdown. */
async function interactionLatency() {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${BASE}#/scan/financing-perspective`);
  // The answers, not the heading: index.html shows a theme's heading before the app has run.
  await page.getByRole('radio').first().waitFor();
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
    // A member reads the last theme before clicking "See results" (a second is short for that):
    // the shell loads the results screen and the chart module in that idle time.
    if (run === 0) await page.waitForTimeout(1000);
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelector('main .recharts-polygon')) {
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
  const { questionnaire, groupThemeStats, allQuestions } = await loadSource(
    '/src/content/questionnaire.ts',
    '/src/domain/group.ts',
    '/src/domain/questionnaire.ts',
  );
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
              if (
                document.querySelector('main .recharts-polygon') &&
                document.querySelector('main table')
              ) {
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

/** Serves a built folder with Vite's preview server; returns a function that stops it. */
async function serve(outDir, port, configFile) {
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
      ...(configFile ? ['--config', configFile] : []),
    ],
    { stdio: 'ignore', detached: true },
  );
  for (let tries = 0; tries < 50; tries += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return () => process.kill(-server.pid);
}

/** A board's scan in storage, as the app stores it: `count` statements answered, with a profile. */
async function storedScan(count) {
  const { questionnaire, allQuestions, optionsOf } = await loadSource(
    '/src/content/questionnaire.ts',
    '/src/domain/questionnaire.ts',
  );
  const questions = allQuestions(questionnaire);
  const answers = Object.fromEntries(
    questions.slice(0, count).map((question, n) => {
      const options = optionsOf(questionnaire, question);
      return [question.id, options[(n * 3 + 1) % options.length].id];
    }),
  );
  const state = {
    questionnaireVersion: questionnaire.version,
    profile: {
      name: 'Buurtkracht',
      sectors: ['energy', 'care'],
      legalForm: 'cooperative',
      members: 90,
      volunteers: 12,
      paidStaff: 'some',
      founded: 2014,
      scale: 'district',
    },
    answers,
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
  // The theme of the next unanswered statement: where a board that reloads lands.
  const next = questions[count]?.id.split('.')[0] ?? questions.at(-1).id.split('.')[0];
  return { storage: { 'collective-scan:scan': JSON.stringify({ version: 2, state }) }, next };
}

const SURVEYJS_PORT = 4181;
const fmt = {
  s: (ms) => `${(ms / 1000).toFixed(2)} s`,
  ms: (ms) => `${ms.toFixed(0)} ms`,
  kib: (kib) => `${kib.toFixed(1)} KiB`,
};
const met = (ok) => (ok ? 'met' : '**not met**');

const stopApp = await serve('dist', PORT);
let stopSurveyJs = () => {};
try {
  const sizes = measure();
  const surveyjs = await buildSurveyJs(SURVEYJS_DIR);
  stopSurveyJs = await serve(surveyjs.outDir, SURVEYJS_PORT, SURVEYJS_CONFIG);

  // Lighthouse first, on a quiet machine: the start page, a reload mid-scan, a reload on results,
  // and the SurveyJS build of the same statements, each the median of three runs.
  const half = await storedScan(30);
  const full = await storedScan(Number.POSITIVE_INFINITY);
  // The SurveyJS build and the two preview servers have just started: let them settle, or the
  // first runs' traces (which Lighthouse's simulation scales up) carry their CPU load.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  const lhStart = await lighthouseRuns(BASE);
  const lhWizard = await lighthouseRuns(`${BASE}#/scan/${half.next}`, { storage: half.storage });
  const lhResults = await lighthouseRuns(`${BASE}#/results`, { storage: full.storage });
  const lhSurveyJs = await lighthouseRuns(`http://127.0.0.1:${SURVEYJS_PORT}/`);

  const latency = await interactionLatency();
  const aggregate = await aggregation();
  const forty = sessionsState(aggregate.respondents.slice(0, 40), aggregate.version);
  const group = await groupResults(forty);
  const big = await bigSessionLongestTask(BASE);
  const delays = await presenterDelay(forty);
  const matching = await (async () => {
    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
    try {
      const compute = await matchingComputeBench(await browser.newContext());
      const screen = await matchingBench(await browser.newPage(), BASE);
      return { compute, screen };
    } finally {
      await browser.close();
    }
  })();

  const answerP95 = percentile(latency.answers, 95);
  const nextP95 = percentile(latency.nexts, 95);
  const worstCls = Math.max(lhStart.cls, lhWizard.cls, lhResults.cls);
  const rows = [
    [
      'Lighthouse performance, start page',
      lhStart.performance.toFixed(0),
      '≥ 99',
      met(lhStart.performance >= 99),
    ],
    [
      `Lighthouse performance, wizard route (#/scan/${half.next}, 30 answers stored) / results route (all answered)`,
      `${lhWizard.performance.toFixed(0)} / ${lhResults.performance.toFixed(0)}`,
      '≥ 97',
      met(lhWizard.performance >= 97 && lhResults.performance >= 97),
    ],
    [
      'LCP, start page / wizard route',
      `${fmt.s(lhStart.lcp)} / ${fmt.s(lhWizard.lcp)}`,
      '≤ 1.2 s / ≤ 1.6 s',
      met(lhStart.lcp <= 1200 && lhWizard.lcp <= 1600),
    ],
    ['LCP, results route', fmt.s(lhResults.lcp), '—', ''],
    [
      'CLS, start / wizard / results route',
      `${lhStart.cls.toFixed(3)} / ${lhWizard.cls.toFixed(3)} / ${lhResults.cls.toFixed(3)}`,
      '0.00',
      met(worstCls < 0.005),
    ],
    [
      'TBT, start / wizard / results route',
      `${fmt.ms(lhStart.tbt)} / ${fmt.ms(lhWizard.tbt)} / ${fmt.ms(lhResults.tbt)}`,
      '—',
      '',
    ],
    [
      'Lighthouse accessibility / best practices, start page',
      `${lhStart.accessibility.toFixed(0)} / ${lhStart.bestPractices.toFixed(0)}`,
      '100 / 100',
      met(lhStart.accessibility === 100 && lhStart.bestPractices === 100),
    ],
    [
      'JS before first interaction (gz, with the pre-paint script)',
      fmt.kib(sizes.initialKiB),
      `≤ 95 KiB (CI budget ${BUDGET_INITIAL_KIB})`,
      met(sizes.initialKiB <= 95),
    ],
    ['All JS (gz)', fmt.kib(sizes.totalKiB), `CI budget ${BUDGET_TOTAL_KIB} KiB`, ''],
    [
      `Radar painted after "See results", cold (first visit) / warm (${CPU_SLOWDOWN}× CPU)`,
      `${fmt.ms(latency.radarCold)} / ${fmt.ms(latency.radarWarm)}`,
      'cold ≤ 400 ms',
      met(latency.radarCold <= 400),
    ],
    [
      `Next theme painted, p50 / p95 (${latency.nexts.length} clicks, ${CPU_SLOWDOWN}× CPU)`,
      `${fmt.ms(median(latency.nexts))} / ${fmt.ms(nextP95)}`,
      'p95 ≤ 80 ms',
      met(nextP95 <= 80),
    ],
    [
      `Answer painted, p50 / p95 (${latency.answers.length} answers, ${CPU_SLOWDOWN}× CPU)`,
      `${fmt.ms(median(latency.answers))} / ${fmt.ms(answerP95)}`,
      'p95 ≤ 50 ms',
      met(answerP95 <= 50),
    ],
    [
      `Group results, 40 respondents, painted after the click, cold / warm (${CPU_SLOWDOWN}× CPU)`,
      `${fmt.ms(group.cold)} / ${fmt.ms(group.warm)}`,
      '≤ 300 ms',
      met(group.cold <= 300),
    ],
    [
      `Group results reopened after a reload, 10,000 stored respondents: longest task (${CPU_SLOWDOWN}× CPU)`,
      fmt.ms(big.longest),
      '≤ 100 ms',
      met(big.longest <= 100),
    ],
    [
      `Matchmaking: 200 cards read, merged and matched (domain, in the page, ${CPU_SLOWDOWN}× CPU)`,
      fmt.ms(matching.compute),
      '≤ 200 ms',
      met(matching.compute <= 200),
    ],
    [
      `Matchmaking screen: 200 card files dropped → painted / longest task (${CPU_SLOWDOWN}× CPU)`,
      `${fmt.ms(matching.screen.ms)} / ${fmt.ms(matching.screen.longestTask)}`,
      '—',
      '',
    ],
    [
      `Aggregate 10,000 respondents × ${aggregate.statements} statements (domain, median of 5)`,
      fmt.ms(aggregate.ms),
      '≤ 150 ms',
      met(aggregate.ms <= 150),
    ],
    [
      `Presenter → audience window painted, p50 / p95 (${delays.length} updates)`,
      `${fmt.ms(median(delays))} / ${fmt.ms(percentile(delays, 95))}`,
      '≤ 100 ms',
      met(percentile(delays, 95) <= 100),
    ],
  ];
  const ratio = (a, b) => `${(a / b).toFixed(1)}×`;
  const comparison = [
    [
      'JS (gz), first load',
      fmt.kib(sizes.initialKiB),
      fmt.kib(surveyjs.jsGzipKiB),
      ratio(surveyjs.jsGzipKiB, sizes.initialKiB),
    ],
    [
      'Lighthouse performance',
      lhStart.performance.toFixed(0),
      lhSurveyJs.performance.toFixed(0),
      ratio(lhStart.performance, lhSurveyJs.performance),
    ],
    ['LCP', fmt.s(lhStart.lcp), fmt.s(lhSurveyJs.lcp), ratio(lhSurveyJs.lcp, lhStart.lcp)],
    [
      'TBT',
      fmt.ms(lhStart.tbt),
      fmt.ms(lhSurveyJs.tbt),
      lhStart.tbt > 0 ? ratio(lhSurveyJs.tbt, lhStart.tbt) : '—',
    ],
    ['CLS', lhStart.cls.toFixed(3), lhSurveyJs.cls.toFixed(3), '—'],
  ];
  console.log(
    `\nCollective Scan bench, ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model}\n`,
  );
  console.log('| measure | result | target | |\n| --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(
    '\nThe same statements in SurveyJS (survey-core + survey-react-ui, default theme), same run, start page:\n',
  );
  console.log('| measure | Collective Scan | SurveyJS | ratio |\n| --- | --- | --- | --- |');
  for (const row of comparison) console.log(`| ${row.join(' | ')} |`);
  const shifts = [lhStart, lhWizard, lhResults].flatMap((run) => run.shifts);
  if (shifts.length > 0) console.log(`\nLayout shifts: ${shifts.join('; ')}`);
} finally {
  stopSurveyJs();
  stopApp();
}
