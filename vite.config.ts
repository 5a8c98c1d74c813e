import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vitest/config';
import { firstPaint } from './scripts/vite/first-paint';
import { LANGUAGE_CODES } from './src/domain/languages';

/**
 * The built page may load only its own files: no inline scripts, no eval, no other hosts.
 * Added at build time only, because Vite's dev server injects inline scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * jsQR (the QR decoder, lazily loaded on the scan screen) carries a 150 KB Shift-JIS table for
 * codes in Kanji mode, about 33 KiB gz of its 45. The app reads only its own links (byte mode),
 * so the table is left out; a Kanji code then decodes to text the intake refuses.
 */
function jsqrWithoutKanjiTable(): Plugin {
  const table = /exports\.shiftJISTable = \{[^}]*\};/;
  return {
    name: 'jsqr-without-kanji-table',
    transform(code, id) {
      if (!/[\\/]jsqr[\\/]dist[\\/]jsQR\.js$/.test(id)) return null;
      if (!table.test(code)) this.error('jsQR changed: its Shift-JIS table was not found');
      return { code: code.replace(table, 'exports.shiftJISTable = {};'), map: null };
    },
  };
}

/** Component tests that replace modules (vi.mock): they run isolated, the others share a jsdom. */
const COMPONENT_TESTS_WITH_MOCKS = ['tests/component/qr-hand-in.test.tsx'];

const alias = [
  { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
  { find: '@locales', replacement: fileURLToPath(new URL('./locales', import.meta.url)) },
  {
    find: /^use-sync-external-store\/shim(\/index\.js)?$/,
    replacement: fileURLToPath(new URL('./src/lib/use-sync-external-store.ts', import.meta.url)),
  },
];

export default defineConfig({
  // Relative base: the built app works from any folder or sub-path, also offline from disk.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    jsqrWithoutKanjiTable(),
    firstPaint({ languages: LANGUAGE_CODES, alias }),
    // Precaches every built file (both languages, the lazy chart) so the app works offline
    // after the first visit. The app registers the worker itself (src/lib/pwa.ts) to tell
    // the user when it is ready offline and when an update waits.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Collective Scan – Zelfscan voor burgercollectieven',
        short_name: 'Collective Scan',
        description: 'A self-assessment for citizen collectives. Zelfscan voor burgercollectieven.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4e4a',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,svg,png,woff2,webmanifest}'],
        cleanupOutdatedCaches: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  resolve: { alias },
  // The manifest lets scripts/size.mjs follow the chunk graph from the entry.
  // No inlining: translation files must stay separate JSON files that fetch() can load under the
  // Content-Security-Policy (a data: URL would be blocked by connect-src 'self').
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    assetsInlineLimit: 0,
    // Every browser the app supports preloads modules itself: no polyfill in the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // One chunk per screen family instead of dozens of tiny shared ones: fewer requests and
        // better compression (each gzip stream starts from scratch).
        codeSplitting: {
          // Only the feature files themselves; shared code stays where the bundler puts it.
          includeDependenciesRecursively: false,
          groups: [
            // The libraries every screen runs on, in one gzip stream (with the shim that points
            // use-sync-external-store at React's own hook: the libraries import it).
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|i18next-resources-to-backend|zustand|wouter|regexparam|use-sync-external-store)[\\/]|src[\\/]lib[\\/]use-sync-external-store\.ts$/,
            },
            { name: 'results', test: /src[\\/]features[\\/](results|history|report)[\\/]/ },
            { name: 'workshop', test: /src[\\/]features[\\/]workshop[\\/]/ },
            // The profile step (with react-hook-form) stays a chunk of its own: see wizard-page.tsx.
            {
              name: 'assessment',
              test: /src[\\/]features[\\/]assessment[\\/](?!profile-step)/,
            },
            { name: 'data', test: /src[\\/](features[\\/]data|lib[\\/]csv)/ },
            // Small shell modules that lazy screens import too (the projector menu, the wizard):
            // one chunk in the first load rather than one tiny chunk each.
            {
              name: 'shell-shared',
              test: /src[\\/](app[\\/]language-switch|stores[\\/](settings-store|scan-store|synced-store|sync-engine|storage-status|app-status|backup-reminder-store)|domain[\\/](settings|languages|boot-hints|backup-reminder|progress|result|profile|scan-state|scan-items|settings-items|synced-doc|editions|stored-state|versioned)|ui[\\/](modal|confirm-dialog|notice|page-heading|use-shortcuts|ready-lazy)|lib[\\/](document-mode|after-load|storage|prerendered|keyboard|ids)|content[\\/]questionnaire|domain[\\/]questionnaire(-schema)?)\.tsx?$/,
            },
            // Every style the first screen needs, in one file: each stylesheet blocks the first
            // paint, and on a slow connection each extra one costs a round trip. Module order is
            // kept, so the cascade is the one main.tsx writes down.
            {
              name: 'shell-shared',
              test: /(src[\\/](app[\\/](base|shell|projector|print)|ui[\\/](button|layout|checkbox|score-table|advice|steps|progress-meter|notice|page-heading|dialog)|features[\\/]start[\\/]start)|@fontsource[\\/]atkinson-hyperlegible[\\/]latin-(400|700))\.css$/,
            },
            // What the scan's steps share with other screens: a link into the scan (a board that
            // reloads mid-theme) loads this, not the code of sessions, exports and backups.
            // (The progress bar's CSS is in the first stylesheet: index.html's theme tops use it.)
            {
              name: 'scan-shared',
              test: /src[\\/](domain[\\/](answers|levels|scoring|math|open-statements|profile-form|screen-texts)|lib[\\/](i18n-keys|scroll|media)|ui[\\/](field|choice-group|shortcuts-dialog|progress-meter(?=\.tsx$))|stores[\\/]scan-result)\.(tsx?|css)$/,
            },
            // Code that only the other lazily loaded screens share (the backup reads and writes
            // every store, so the stores of cards and the sheet are here too: split apart, their
            // chunks would import each other in a cycle).
            {
              name: 'screens-shared',
              test: /src[\\/](domain[\\/](exchange-card|card-draft|match-collection|matching|sheet-schema|sheet-items|group|session|session-items|session-format|records|records-items|backup|backup-format|ids|iso-date|share|shared-results|csv-rows|compact-answers|stats|radar)|lib[\\/](share-link|png|sessions-import)|ui[\\/](radar|save-snapshot-form|page-index)|stores[\\/](session-store|records-store|erase|backup|card-store|matchmaking-store|sheet-store))\.tsx?$|node_modules[\\/]lz-string/,
            },
          ],
        },
      },
    },
  },
  // Plugins for Web Worker bundles (the QR decoder runs in one).
  worker: { plugins: () => [jsqrWithoutKanjiTable()] },
  server: { host: '127.0.0.1' },
  test: {
    // Vitest leaves one core free by default: on a 2-core machine that is one worker, and the
    // suite takes ~53 s instead of ~36 s. Threads start faster than forked processes.
    maxWorkers: 2,
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          exclude: [...COMPONENT_TESTS_WITH_MOCKS],
          setupFiles: ['tests/helpers/setup-dom.ts'],
          // One jsdom per worker instead of one per file (~0.6 s each, 25 s of a 45 s run). Safe
          // because setup-dom.ts clears storage, the address and every store before each test.
          isolate: false,
          // Whole screens render here; a busy 2-core CI machine needs more than the default 5 s.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace modules with vi.mock need their own module registry.
          name: 'component-mocked',
          environment: 'jsdom',
          include: [...COMPONENT_TESTS_WITH_MOCKS],
          setupFiles: ['tests/helpers/setup-dom.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
