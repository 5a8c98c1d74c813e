import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vitest/config';

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

export default defineConfig({
  // Relative base: the built app works from any folder or sub-path, also offline from disk.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    jsqrWithoutKanjiTable(),
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
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@locales': fileURLToPath(new URL('./locales', import.meta.url)),
    },
  },
  // The manifest lets scripts/size.mjs follow the chunk graph from the entry.
  // No inlining: translation files must stay separate JSON files that fetch() can load under the
  // Content-Security-Policy (a data: URL would be blocked by connect-src 'self').
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // One chunk per screen family instead of dozens of tiny shared ones: fewer requests and
        // better compression (each gzip stream starts from scratch).
        codeSplitting: {
          // Only the feature files themselves; shared code stays where the bundler puts it.
          includeDependenciesRecursively: false,
          groups: [
            // The libraries every screen runs on, in one gzip stream.
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|i18next-resources-to-backend|zustand|wouter|regexparam|use-sync-external-store)[\\/]/,
            },
            { name: 'results', test: /src[\\/]features[\\/](results|history|report)[\\/]/ },
            { name: 'workshop', test: /src[\\/]features[\\/]workshop[\\/]/ },
            { name: 'assessment', test: /src[\\/]features[\\/]assessment[\\/]/ },
            { name: 'data', test: /src[\\/](features[\\/]data|lib[\\/]csv)/ },
            // Small shell modules that lazy screens import too (the projector menu, the wizard):
            // one chunk in the first load rather than one tiny chunk each.
            {
              name: 'shell-shared',
              test: /src[\\/](app[\\/]language-switch|stores[\\/](settings-store|scan-store|synced-store|sync-engine|storage-status|app-status)|domain[\\/](settings|progress|result|profile|scan-state|scan-items|settings-items|synced-doc|editions|stored-state|versioned)|ui[\\/](modal|confirm-dialog|notice|page-heading)|lib[\\/](document-mode|file|after-load|storage))\.tsx?$/,
            },
            // Code that only the lazily loaded screens share.
            {
              name: 'screens-shared',
              test: /src[\\/](domain[\\/](group|session|session-items|session-format|records|records-items|backup|backup-format|ids|iso-date|share|shared-results|csv-rows|compact-answers|stats|radar|answers|levels)|lib[\\/](share-link|png|sessions-import|keyboard|i18n-keys)|ui[\\/](field|choice-group|shortcuts-dialog|use-shortcuts|radar|save-snapshot-form)|stores[\\/](session-store|records-store|erase|backup))\.tsx?$|node_modules[\\/]lz-string/,
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
    // suite takes ~53 s instead of ~36 s.
    maxWorkers: 2,
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
          setupFiles: ['tests/helpers/setup-dom.ts'],
          // Whole screens render here; a busy 2-core CI machine needs more than the default 5 s.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
