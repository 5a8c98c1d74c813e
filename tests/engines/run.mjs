// The cross-engine suite: the core walks of the app in Firefox (firefox-esr, over WebDriver BiDi)
// and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver), against the built app.
//   npm run build && npm run test:engines
// DIST (default dist) is served on PORT (default 4381); WebKitWebDriver listens on PORT + 1.
// ENGINES=firefox or ENGINES=webkit runs one engine; ONLY=<words> the tests named so. Screenshots of failures go to /tmp.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { casesFor } from './cases.mjs';
import { openFirefox } from './drivers/firefox.mjs';
import { openWebKit, startWebKitDriver } from './drivers/webkit.mjs';
import { serve } from './serve.mjs';
import { userOf } from './user.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = process.env.DIST ?? `${root}dist`;
const port = Number(process.env.PORT ?? 4381);
const engines = (process.env.ENGINES ?? 'firefox,webkit').split(',');
if (!existsSync(`${dist}/index.html`))
  throw new Error(`No build in ${dist}: run npm run build first`);

/** The seed data, computed by the app's own domain code (TypeScript, loaded through Vite). */
async function loadData() {
  const vite = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    resolve: { alias: { '@': `${root}src` } },
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await vite.ssrLoadModule('/tests/engines/data.ts');
  } finally {
    await vite.close();
  }
}

const data = await loadData();
const server = await serve({ dist, port });
const stops = [];
process.on('exit', () => {
  for (const stop of stops) stop();
});

/** What must never happen in any test: errors, CSP violations, requests to another host. */
function faults(findings, seen, origin) {
  const own = (url) => url.startsWith(origin) || /^(data|blob|about):/.test(url);
  return [
    ...findings
      .filter((f) => f.kind !== 'foreign' || !own(f.text))
      .map((f) => `${f.kind}: ${f.text}`),
    ...seen
      .filter((s) => s.kind === 'request' && !own(s.text))
      .map((s) => `request to another host: ${s.text}`),
    ...seen.filter((s) => s.kind !== 'request').map((s) => `${s.kind}: ${s.text}`),
  ];
}

for (const engine of engines) {
  describe(engine, () => {
    let driver;
    const startDriver = async () => {
      driver = await startWebKitDriver(port + 1);
      stops.push(driver.stop);
    };
    /**
     * A new MiniBrowser session. Under a busy machine MiniBrowser can fail to reach the X display
     * and WebKitWebDriver then waits for ever: after 30 s the driver (and its Xvfb) start afresh.
     */
    const openWebKitSession = async (size) => {
      for (let attempt = 1; ; attempt += 1) {
        const session = openWebKit({ ...size, driverUrl: driver.url, downloads: driver.downloads });
        const timeout = new Promise((_, reject) =>
          setTimeout(() => reject(new Error('MiniBrowser did not start within 30 s')), 30_000),
        );
        try {
          return await Promise.race([session, timeout]);
        } catch (error) {
          session.then((late) => late.close()).catch(() => {});
          if (attempt === 2) throw error;
          driver.stop();
          await startDriver();
        }
      }
    };
    before(async () => {
      if (engine === 'webkit') await startDriver();
    });
    after(() => driver?.stop());
    /** One try of a test in a fresh browser; afterwards no fault may have been reported. */
    const runCase = async (testCase, number, attempt) => {
      const size = { width: 1280, height: 800, locale: 'en-GB' };
      const browser =
        engine === 'firefox' ? await openFirefox(size) : await openWebKitSession(size);
      server.findings.length = 0;
      const t = {
        ...userOf(browser),
        userOf,
        origin: server.origin,
        data,
        goto: (path) => browser.goto(`${server.origin}${path}`),
      };
      try {
        await testCase.run(t);
        // Reports sent while the last screen settled.
        await new Promise((done) => setTimeout(done, 300));
        assert.deepEqual(
          faults(server.findings, browser.seen, server.origin),
          [],
          'errors, CSP violations or requests to other hosts',
        );
      } catch (error) {
        await browser
          .screenshot(`/tmp/engines-${engine}-${number + 1}-try${attempt}.png`)
          .catch(() => {});
        throw error;
      } finally {
        await browser.close().catch(() => {});
      }
    };
    for (const [number, testCase] of casesFor(engine).entries()) {
      // ONLY=<words> runs the tests whose name holds them (while fixing one).
      if (process.env.ONLY && !testCase.name.includes(process.env.ONLY)) continue;
      test(testCase.name, async (context) => {
        // As the Chromium suite (playwright.config.ts): on CI a failed test gets one more try in
        // a fresh browser, and a pass on that try is reported as flaky, with the first failure.
        const tries = process.env.CI ? 2 : 1;
        for (let attempt = 1; ; attempt += 1) {
          try {
            await runCase(testCase, number, attempt);
            if (attempt > 1) context.diagnostic('flaky: passed on the second try');
            return;
          } catch (error) {
            if (attempt >= tries) throw error;
            context.diagnostic(
              `first try failed: ${String(error?.message ?? error).split('\n')[0]}`,
            );
            console.log(`# flaky? ${engine} › ${testCase.name}: ${error?.stack ?? error}`);
          }
        }
      });
    }
  });
}

after(async () => {
  await server.close();
});
