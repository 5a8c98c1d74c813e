// WebKitGTK (Safari's engine, Debian's webkit2gtk-driver): WebKitWebDriver drives MiniBrowser under
// Xvfb, through selenium-webdriver. MiniBrowser has no headless mode; xvfb-run gives it a display.
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key } from 'selenium-webdriver';

const keyNames = {
  Tab: Key.TAB,
  Enter: Key.ENTER,
  Space: Key.SPACE,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowDown: Key.ARROW_DOWN,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowUp: Key.ARROW_UP,
  Escape: Key.ESCAPE,
};

const miniBrowser = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
].find(existsSync);

/** Starts WebKitWebDriver under xvfb-run on `port` (its own process group, stopped by its pid). */
export async function startWebKitDriver(port, language = 'en_GB') {
  // MiniBrowser takes navigator.language from the environment (LANGUAGE), not from an argument.
  // MiniBrowser's toolbar keeps its window wider than a phone: a GTK style sheet lets it shrink.
  const config = mkdtempSync(join(tmpdir(), 'engines-gtk-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(
    join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n',
  );
  // MiniBrowser saves downloads to the user's download folder, which GLib reads from here.
  const downloads = join(config, 'downloads');
  mkdirSync(downloads);
  writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const url = `http://127.0.0.1:${port}`;
  // A driver left running on this port (an earlier run stopped hard) would take our sessions.
  if (
    await fetch(`${url}/status`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`Port ${port} is taken: stop the WebKitWebDriver left running there`);
  }
  // Its output goes to a file: a pipe would keep Node running, or break the driver when closed.
  const logFile = join(config, 'driver.log');
  const log = openSync(logFile, 'w');
  const env = {
    ...process.env,
    LANGUAGE: language,
    LANG: `${language}.UTF-8`,
    LC_ALL: `${language}.UTF-8`,
    XDG_CONFIG_HOME: config,
  };
  const child = spawn(
    'xvfb-run',
    ['-a', '-s', '-screen 0 1920x1200x24', 'WebKitWebDriver', `--port=${port}`],
    { detached: true, env, stdio: ['ignore', log, log] },
  );
  const errors = () => readFileSync(logFile, 'utf8').slice(-2000);
  // Stopping the driver lets xvfb-run end its Xvfb and remove its files; if it does not end
  // soon, the whole process group (driver, Xvfb, MiniBrowser) is stopped.
  const stop = () => {
    try {
      const children = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8');
      for (const pid of children.trim().split(/\s+/).filter(Boolean).map(Number)) {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('WebKitWebDriver')) {
          process.kill(pid, 'SIGTERM');
        }
      }
    } catch {
      // Already gone.
    }
    const hard = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }, 2000);
    hard.unref();
    child.once('exit', () => clearTimeout(hard));
  };
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped: ${errors()}`);
    if (i === 100) {
      stop();
      throw new Error(`WebKitWebDriver did not answer on ${url}: ${errors()}`);
    }
    const up = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    await new Promise((done) => setTimeout(done, 100));
  }
  closeSync(log);
  child.unref();
  return { url, downloads, stop };
}

/** Opens MiniBrowser with one window of the given size; the same operations as openFirefox. */
export async function openWebKit({ width, height, driverUrl, downloads }) {
  for (const name of readdirSync(downloads)) rmSync(join(downloads, name), { force: true });
  if (!miniBrowser) throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
  const driver = await new Builder()
    .usingServer(driverUrl)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    })
    .build();
  const resize = async (w, h) => {
    // The window includes MiniBrowser's toolbar: grow it until the page's own viewport has the size.
    await driver.manage().window().setRect({ width: w, height: h, x: 0, y: 0 });
    for (let i = 0; i < 3; i += 1) {
      const inner = await driver.executeScript('return [innerWidth, innerHeight];');
      const rect = await driver.manage().window().getRect();
      if (inner[0] === w && inner[1] === h) break;
      await driver
        .manage()
        .window()
        .setRect({ width: rect.width + w - inner[0], height: rect.height + h - inner[1] });
    }
  };
  await driver.get('about:blank');
  await resize(width, height);
  // WebDriver drives one window at a time: each tab's operations switch to it first.
  const windows = { current: await driver.getWindowHandle() };
  const tabOf = (handle) => {
    const use = async () => {
      if (windows.current === handle) return;
      await driver.switchTo().window(handle);
      windows.current = handle;
    };
    const run = async (expression) => {
      await use();
      return driver.executeScript(`return ${expression};`);
    };
    return {
      goto: async (url) => {
        await use();
        await driver.get(url);
      },
      reload: async () => {
        await use();
        await driver.navigate().refresh();
      },
      exec: (expression) => run(expression),
      async click(expression) {
        const element = await run(expression);
        if (!element) throw new Error('nothing to click');
        await driver.executeScript('arguments[0].scrollIntoView({block: "center"})', element);
        await element.click();
      },
      async choose(expression, index) {
        const option = await run(`(${expression}).options[${index}]`);
        await option.click();
      },
      async press(key, { shift = false } = {}) {
        await use();
        const value = keyNames[key] ?? key;
        let actions = driver.actions();
        if (shift) actions = actions.keyDown(Key.SHIFT);
        actions = actions.keyDown(value).keyUp(value);
        if (shift) actions = actions.keyUp(Key.SHIFT);
        await actions.perform();
      },
      type: async (text) => {
        await use();
        await driver.actions().sendKeys(text).perform();
      },
      setViewport: async (w, h) => {
        await use();
        await resize(w, h);
      },
      async screenshot(path) {
        await use();
        await writeFile(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
      },
      // WebKitWebDriver cannot print: the tests apply the print style sheet and measure instead.
      pdf: null,
    };
  };
  return {
    name: 'webkit',
    seen: [],
    ...tabOf(windows.current),
    async openTab() {
      const before = new Set(await driver.getAllWindowHandles());
      await driver.switchTo().newWindow('tab');
      const handle = (await driver.getAllWindowHandles()).find((h) => !before.has(h));
      windows.current = handle;
      await resize(width, height);
      return tabOf(handle);
    },
    /** The files the browser saved: name and text. */
    downloads: () =>
      readdirSync(downloads)
        .filter((name) => !name.endsWith('.wkdownload'))
        .map((name) => ({ name, text: readFileSync(join(downloads, name), 'utf8') })),
    close: () => driver.quit(),
  };
}
