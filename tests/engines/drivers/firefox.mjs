// Firefox ESR (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi, headless.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

const keyNames = { Space: ' ' };

/** The operations the engine tests use, on one tab (`page`); `seen` collects its console errors and requests. */
function tabOf(page, seen) {
  page.on('console', async (message) => {
    if (message.type() !== 'error') return;
    const args = await Promise.all(
      message
        .args()
        .map((arg) =>
          arg
            .evaluate((value) =>
              value instanceof Error ? `${value.message} ${value.stack}` : String(value),
            )
            .catch(() => '?'),
        ),
    );
    const where = message
      .stackTrace()
      .map((frame) => `${frame.url}:${frame.lineNumber}`)
      .join(' < ');
    seen.push({ kind: 'console', text: `${message.text()} ${args.join(' ')} at ${where}` });
  });
  page.on('pageerror', (error) =>
    seen.push({ kind: 'error', text: String(error?.message ?? error) }),
  );
  page.on('request', (request) => seen.push({ kind: 'request', text: request.url() }));
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    reload: () => page.reload({ waitUntil: 'load' }),
    /** The value of a page expression (source text; a promise is awaited). */
    exec: (expression) => page.evaluate(expression),
    /** A real pointer click in the middle of the element the page expression gives. */
    async click(expression) {
      const handle = await page.evaluateHandle(expression);
      const element = handle.asElement();
      if (!element) throw new Error('nothing to click');
      // As a user scrolls what they tap to the middle (both drivers do; a toast may sit at the bottom).
      await element.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await element.click();
      await handle.dispose();
    },
    /** Picks option `index` of the select the page expression gives, as a pointer user does. */
    async choose(expression, index) {
      const handle = await page.evaluateHandle(expression);
      const value = await handle.evaluate((select, i) => select.options[i].value, index);
      await handle.asElement().select(value);
      await handle.dispose();
    },
    async press(key, { shift = false } = {}) {
      if (shift) await page.keyboard.down('Shift');
      await page.keyboard.press(keyNames[key] ?? key);
      if (shift) await page.keyboard.up('Shift');
    },
    type: (text) => page.keyboard.type(text),
    setViewport: (w, h) => page.setViewport({ width: w, height: h }),
    screenshot: (path) => page.screenshot({ path }),
    /** The page printed to PDF by the engine itself (A4), as bytes. */
    pdf: () => page.pdf({ format: 'A4', printBackground: true }),
  };
}

/** Opens Firefox with one tab of the given size; returns the operations the engine tests use. */
export async function openFirefox({ width, height, locale }) {
  const downloads = mkdtempSync(join(tmpdir(), 'engines-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'intl.accept_languages': locale,
      'intl.locale.requested': locale,
      // Files the app offers are saved here without a question, as a user who clicks "Save" gets.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/plain,text/csv',
    },
  });
  const seen = [];
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  return {
    name: 'firefox',
    seen,
    ...tabOf(page, seen),
    /** A second tab of the same browser (same storage), with the same operations. */
    async openTab() {
      const other = await browser.newPage();
      await other.setViewport({ width, height });
      return tabOf(other, seen);
    },
    /** The files the browser saved: name and text. */
    downloads: () =>
      readdirSync(downloads)
        .filter((name) => !name.endsWith('.part'))
        .map((name) => ({ name, text: readFileSync(join(downloads, name), 'utf8') })),
    close: () => browser.close(),
  };
}
