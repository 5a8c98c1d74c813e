import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page, test as plain } from '@playwright/test';
import { expect, test } from './fixtures';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// The build under test: the folder the Playwright web server serves (playwright.config.ts).
const dist = resolve(repo, process.env.E2E_DIST ?? 'dist');

const startHeading = 'How future-proof is your collective?';
const refusal = {
  en: {
    heading: 'Collective Scan cannot run inside another website',
    link: 'Open Collective Scan in its own tab',
  },
  nl: {
    heading: 'De Zelfscan werkt niet binnen een andere website',
    link: 'Open de Zelfscan in een eigen tabblad',
  },
};

/** A free TCP port on 127.0.0.1, so parallel runs on one machine never clash. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * The repo's deploy/nginx.conf as it is, except where it listens and what it serves: a free
 * port on 127.0.0.1 and the build under test. Every header comes from the repo's file.
 */
function siteConfig(port: number): string {
  const config = readFileSync(join(repo, 'deploy/nginx.conf'), 'utf8');
  const listens = config.match(/^\s*listen\s[^;]*;\s*$/gm) ?? [];
  const roots = config.match(/^\s*root\s[^;]*;\s*$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1) {
    throw new Error('deploy/nginx.conf changed shape: expected listen lines and one root line');
  }
  return config
    .replace(/^\s*listen\s[^;]*;\s*$/gm, '')
    .replace(/^\s*root\s[^;]*;\s*$/m, `    listen 127.0.0.1:${port};\n    root ${dist};\n`);
}

/** Starts nginx unprivileged: its pid, logs and temp files in a temp folder, in the foreground. */
async function startNginx(): Promise<{ url: string; stop: () => Promise<void> }> {
  const prefix = mkdtempSync(join(tmpdir(), 'collective-scan-nginx-'));
  const port = await freePort();
  writeFileSync(join(prefix, 'site.conf'), siteConfig(port));
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      // What Debian's /etc/nginx/nginx.conf sets around conf.d/*.conf.
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${prefix}/${kind};`,
      ),
      `  include ${prefix}/site.conf;`,
      '}',
    ].join('\n'),
  );
  const nginx: ChildProcess = spawn(
    // Debian puts nginx in /usr/sbin, which is not on every user's PATH.
    process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx'),
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let output = '';
  nginx.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((done) => nginx.once('exit', () => done()));
  nginx.once('error', (error) => {
    output += String(error);
  });

  const url = `http://127.0.0.1:${port}/`;
  const answers = () =>
    fetch(url).then(
      (response) => response.ok,
      () => false,
    );
  const deadline = Date.now() + 10_000;
  while (!(await answers())) {
    if (nginx.exitCode !== null || nginx.signalCode !== null || Date.now() > deadline) {
      nginx.kill();
      const log = readFileSync(join(prefix, 'error.log'), { encoding: 'utf8', flag: 'a+' });
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx did not start (is it installed?)\n${output}\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    url,
    stop: async () => {
      nginx.kill('SIGTERM');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/**
 * "Another website": a page on its own server that frames the app given in `?app=`. It is on
 * localhost, another site than 127.0.0.1, and on the local network like the app, so Chromium's
 * local-network checks let it frame the app (a page answered by page.route would count as public
 * and be blocked for that reason instead).
 */
async function startFramingSite(): Promise<{ url: string; stop: () => Promise<void> }> {
  const asAttribute = (text: string) =>
    text.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
  const server = createHttpServer((request, response) => {
    const app = new URL(request.url ?? '/', 'http://localhost').searchParams.get('app') ?? '';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><title>Another website</title><h1>Another website</h1><iframe src="${asAttribute(app)}" title="Embedded app" width="800" height="600"></iframe>`,
    );
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://localhost:${port}/`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * Playwright's plain `test`, not the shared one: these tests load the framing site (and nginx's
 * origin), which the shared guards (fixtures.ts) would fail as requests to other hosts. The test
 * of the app under nginx's headers checks the console for CSP violations itself.
 */
const served = plain.extend<object, { nginx: string; framingSite: string }>({
  framingSite: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
    async ({}, use) => {
      const site = await startFramingSite();
      await use(site.url);
      await site.stop();
    },
    { scope: 'worker' },
  ],
  nginx: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern.
    async ({}, use) => {
      const server = await startNginx();
      await use(server.url);
      await server.stop();
    },
    { scope: 'worker' },
  ],
});

/** The Content-Security-Policy the build puts in index.html's <meta> tag. */
function metaPolicy(): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const content = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  if (!content) throw new Error('dist/index.html has no Content-Security-Policy meta tag');
  return content.replaceAll('&#39;', "'");
}

/** The hashed entry script (the pre-paint script adds it), and the workbox runtime sw.js imports. */
function builtFiles() {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean }
  >;
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry)?.file;
  const workbox = readdirSync(dist).find((file) => /^workbox-.+\.js$/.test(file));
  if (!entry || !workbox) throw new Error('dist/ lacks the entry script or the workbox runtime');
  return { entry, workbox };
}

/** Opens the other website's page that frames `app`, and returns that frame. */
async function openFramingSite(page: Page, framingSite: string, app: string) {
  await page.goto(`${framingSite}?app=${encodeURIComponent(app)}`);
  await expect(page.getByRole('heading', { name: 'Another website' })).toBeVisible();
  return page.getByTitle('Embedded app').contentFrame();
}

served.describe('served by nginx with deploy/nginx.conf', () => {
  served(
    'every file carries the security headers; only hashed assets are cached long',
    async ({ nginx, request }) => {
      const { entry, workbox } = builtFiles();
      const policy = `${metaPolicy()}; frame-ancestors 'none'`;
      const longCache = 'public, max-age=31536000, immutable';
      const files: [string, string, RegExp][] = [
        ['', 'no-cache', /^text\/html/],
        ['index.html', 'no-cache', /^text\/html/],
        ['sw.js', 'no-cache', /^application\/javascript/],
        [workbox, 'no-cache', /^application\/javascript/],
        ['manifest.webmanifest', 'no-cache', /^application\/manifest\+json/],
        [entry, longCache, /^application\/javascript/],
      ];
      for (const [file, cacheControl, contentType] of files) {
        const response = await request.get(new URL(file, nginx).href);
        expect(response.status(), file).toBe(200);
        const headers = response.headers();
        expect(headers['content-security-policy'], file).toBe(policy);
        expect(headers['x-frame-options'], file).toBe('DENY');
        expect(headers['x-content-type-options'], file).toBe('nosniff');
        expect(headers['referrer-policy'], file).toBe('no-referrer');
        expect(headers['permissions-policy'], file).toMatch(/(^|, )camera=\(self\)(,|$)/);
        expect(headers['permissions-policy'], file).toMatch(/(^|, )microphone=\(\)(,|$)/);
        expect(headers['cache-control'], file).toBe(cacheControl);
        expect(headers['content-type'], file).toMatch(contentType);
      }
      // A file that is not there (yet) must not be cached for a year.
      const missing = await request.get(new URL('assets/not-built-yet.js', nginx).href);
      expect(missing.status()).toBe(404);
      expect(missing.headers()['cache-control']).toBeUndefined();
    },
  );

  served(
    'the app starts under these headers, goes offline-ready and may use the camera',
    async ({ nginx, page }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(nginx);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(startHeading);
      await expect(page.getByRole('status').getByText('Ready to work offline')).toBeVisible();
      const allowed = await page.evaluate(() => {
        const policy = (
          document as unknown as { featurePolicy: { allowsFeature: (name: string) => boolean } }
        ).featurePolicy;
        return { camera: policy.allowsFeature('camera'), mic: policy.allowsFeature('microphone') };
      });
      expect(allowed).toEqual({ camera: true, mic: false });
      expect(errors, 'console errors and warnings (CSP, Permissions-Policy)').toEqual([]);
    },
  );

  served(
    'another website cannot frame the app: the browser blocks it',
    async ({ nginx, framingSite, page }) => {
      const blocked = page.waitForEvent('console', {
        predicate: (message) =>
          message
            .text()
            .includes(`directive: "frame-ancestors 'none'". The request has been blocked`),
        timeout: 10_000,
      });
      const frame = await openFramingSite(page, framingSite, nginx);
      await blocked;
      // Not even the app's own refusal (the start-up check) shows: the browser never loaded it.
      await expect(frame.getByRole('heading', { name: refusal.en.heading })).toHaveCount(0);
      await expect(frame.getByRole('heading', { name: startHeading })).toHaveCount(0);
    },
  );

  served(
    'the header files for other hosts ask for what nginx sends',
    async ({ nginx, request }) => {
      const { entry, workbox } = builtFiles();
      const sent = async (file: string) => (await request.get(new URL(file, nginx).href)).headers();
      const index = await sent('');
      const security = [
        'content-security-policy',
        'permissions-policy',
        'referrer-policy',
        'x-content-type-options',
        'x-frame-options',
      ];
      const pick = (headers: Record<string, string>) =>
        Object.fromEntries(security.map((name) => [name, headers[name]]));

      // public/_headers, as built into dist/ (Netlify, Cloudflare Pages).
      const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
      expect(Object.keys(rules['/*'] ?? {}).sort()).toEqual(security);
      expect(rules['/*']).toEqual(pick(index));
      const files = {
        '/': '',
        '/index.html': 'index.html',
        '/sw.js': 'sw.js',
        '/workbox-*': workbox,
        '/manifest.webmanifest': 'manifest.webmanifest',
        '/assets/*': entry,
      };
      for (const [rule, file] of Object.entries(files)) {
        expect(rules[rule]?.['cache-control'], rule).toBe((await sent(file))['cache-control']);
      }

      // deploy/Caddyfile: the values only (Caddy is not run here).
      const caddy = readFileSync(join(repo, 'deploy/Caddyfile'), 'utf8');
      const block = caddy.match(/^\s*header \{\n([\s\S]*?)\n\s*\}/m)?.[1] ?? '';
      const fields = [...block.matchAll(/^\s*([A-Z][\w-]+) "([^"]*)"$/gm)];
      expect(
        Object.fromEntries(fields.map(([, name = '', value]) => [name.toLowerCase(), value])),
      ).toEqual(pick(index));
      const asset = (await sent(entry))['cache-control'];
      expect(caddy).toContain(`header @hashed Cache-Control "${asset}"`);
      expect(caddy).toContain(`header @other Cache-Control "${index['cache-control']}"`);
    },
  );
});

/** The rules of a _headers file as Netlify and Cloudflare Pages read it: path → name → value. */
function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      current = {};
      rules[line] = current;
    } else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

// Without headers (vite preview sends none), the app's start-up check is what refuses a frame.
served.describe('the start-up check, served without headers', () => {
  served(
    'in another website’s frame the app does not start, and links to its own tab',
    async ({ page, context, framingSite, baseURL }) => {
      const frame = await openFramingSite(page, framingSite, baseURL ?? '');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(refusal.en.heading);
      await expect(frame.getByRole('navigation')).toHaveCount(0);
      await expect(frame.getByRole('heading', { name: startHeading })).toHaveCount(0);

      const link = frame.getByRole('link', { name: refusal.en.link });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener');
      const opened = context.waitForEvent('page');
      await link.click();
      const tab = await opened;
      await expect(tab).toHaveURL(baseURL ?? '');
      await expect(tab.getByRole('heading', { level: 1 })).toHaveText(startHeading);
    },
  );

  served.describe('in Dutch', () => {
    served.use({ locale: 'nl-NL' });
    served('the notice follows the browser language', async ({ page, framingSite, baseURL }) => {
      const frame = await openFramingSite(page, framingSite, baseURL ?? '');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(refusal.nl.heading);
      await expect(frame.getByRole('link', { name: refusal.nl.link })).toBeVisible();
    });
  });
});

test('in a frame of its own origin the app starts as usual', async ({ page, baseURL }) => {
  const host = new URL('frame-host.html', baseURL).href;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Host</title><iframe src="./" title="Embedded app" width="800" height="600"></iframe>',
    }),
  );
  await page.goto(host);
  const frame = page.getByTitle('Embedded app').contentFrame();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(startHeading);
  await expect(frame.getByRole('link', { name: refusal.en.link })).toHaveCount(0);
});
