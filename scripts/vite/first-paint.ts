import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type AliasOptions, build, type Plugin, type Rolldown } from 'vite';
import { SCREEN_TEXTS } from '../../src/domain/screen-texts';

/**
 * The first paint without waiting for JavaScript:
 * 1. index.html gets the start screen, rendered by React at build time in every language
 *    (prerender-start.mjs); CSS shows the one matching <html lang>;
 * 2. a tiny pre-paint script (src/lib/boot.ts) sets <html lang> from the stored setting or the
 *    browser before the first paint, and on a deep link fetches that screen's files at once.
 *
 * Checked and not used: vite-prerender-plugin 0.5 adds the prerender script to the client build
 * as a second entry (react-dom/server ends up in dist/ and in the offline precache), replaces the
 * chunking config and turns on source maps for the whole build.
 */

/**
 * What a deep link needs beyond the first load: its screen's modules and its texts. Only the
 * screens a board reloads or opens from a link (the scan, its results); others load on demand.
 */
const ROUTE_NEEDS: Record<string, { modules: string[]; namespaces: readonly string[] }> = {
  // Every route: the shell's texts.
  '': { modules: [], namespaces: [] },
  scan: {
    modules: ['src/features/assessment/wizard-page.tsx'],
    namespaces: SCREEN_TEXTS.scan,
  },
  results: {
    modules: ['src/features/results/results-page.tsx', 'src/ui/charts/radar-chart.tsx'],
    namespaces: SCREEN_TEXTS.results,
  },
};

const root = fileURLToPath(new URL('../..', import.meta.url));
const fromRoot = (path: string) => `${root}${path}`;

type Chunk = Rolldown.OutputChunk;

/**
 * The chunk the app's `import()` of `module` asks for. A lazily loaded module bundled into a
 * shared chunk gets a small facade chunk of its own that re-exports it: that facade is what
 * `import()` fetches, so it must be preloaded too, or it is a round trip after the app's code.
 */
function chunkWith(bundle: Rolldown.OutputBundle, module: string): Chunk | undefined {
  const id = fromRoot(module);
  const chunks = Object.values(bundle).filter((file): file is Chunk => file.type === 'chunk');
  return (
    chunks.find((chunk) => chunk.facadeModuleId === id) ??
    chunks.find((chunk) => chunk.moduleIds.includes(id))
  );
}

/** A chunk and every chunk it imports statically, by file name. */
function closure(bundle: Rolldown.OutputBundle, start: Chunk, into = new Set<string>()) {
  if (into.has(start.fileName)) return into;
  into.add(start.fileName);
  for (const name of start.imports) {
    const chunk = bundle[name];
    if (chunk?.type === 'chunk') closure(bundle, chunk, into);
  }
  return into;
}

function routePreloads(bundle: Rolldown.OutputBundle, languages: string[]) {
  const entry = Object.values(bundle).find(
    (file): file is Chunk => file.type === 'chunk' && file.isEntry && file.name === 'index',
  );
  if (!entry) throw new Error('first-paint: the entry chunk was not found');
  const firstLoad = closure(bundle, entry);
  const textFile = (language: string, namespace: string) => {
    const wanted = `locales/${language}/${namespace}.json`;
    const asset = Object.values(bundle).find(
      (file) => file.type === 'asset' && file.originalFileNames.includes(wanted),
    );
    if (!asset) throw new Error(`first-paint: ${wanted} is not in the build`);
    return `./${asset.fileName}`;
  };
  return Object.fromEntries(
    Object.entries(ROUTE_NEEDS).map(([route, needs]) => {
      const chunks = new Set<string>();
      for (const module of needs.modules) {
        const chunk = chunkWith(bundle, module);
        if (!chunk) throw new Error(`first-paint: ${module} is not in the build`);
        closure(bundle, chunk, chunks);
      }
      const later = [...chunks].filter((name) => !firstLoad.has(name));
      const styles = new Set(
        later.flatMap((name) => [...((bundle[name] as Chunk).viteMetadata?.importedCss ?? [])]),
      );
      return [
        route,
        {
          modules: later.map((name) => `./${name}`),
          styles: [...styles].map((name) => `./${name}`),
          texts: Object.fromEntries(
            languages.map((language) => [
              language,
              ['common', ...needs.namespaces].map((namespace) => textFile(language, namespace)),
            ]),
          ),
        },
      ];
    }),
  );
}

/** Projector mode's type (Atkinson Hyperlegible, regular and bold), as the build named the files. */
function projectorFonts(bundle: Rolldown.OutputBundle): string[] {
  const fonts = Object.values(bundle)
    .filter(
      (file) =>
        file.type === 'asset' &&
        /atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/.test(file.fileName),
    )
    .map((file) => `./${file.fileName}`);
  if (fonts.length !== 2) throw new Error('first-paint: the projector fonts were not found');
  return fonts;
}

async function buildBootScript(
  preloads: unknown,
  app: { entry: string; modules: string[]; projectorFonts: string[] },
  alias: AliasOptions,
): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias },
    define: { __ROUTE_PRELOADS__: JSON.stringify(preloads), __APP__: JSON.stringify(app) },
    build: {
      write: false,
      target: 'es2020',
      lib: { entry: fromRoot('src/lib/boot.ts'), formats: ['iife'], name: 'collectiveScanBoot' },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  if (!first || !('output' in first)) throw new Error('first-paint: the boot script did not build');
  return first.output[0].code;
}

export function firstPaint({
  languages,
  alias,
}: {
  languages: string[];
  alias: AliasOptions;
}): Plugin {
  return {
    name: 'first-paint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle['index.html'];
        if (html?.type !== 'asset' || typeof html.source !== 'string') return;
        const screens = JSON.parse(
          execFileSync('node', [fromRoot('scripts/vite/prerender-start.mjs')], {
            cwd: root,
            encoding: 'utf8',
            maxBuffer: 8 * 1024 * 1024,
          }),
        ) as Record<string, string>;
        // The app's module script and its preloads move into the pre-paint script, which adds
        // them after the first paint on the start screen (see src/lib/boot.ts).
        let source = html.source;
        const entry = source.match(
          / *<script type="module" crossorigin src="([^"]+)"><\/script>\n?/,
        );
        if (!entry?.[1]) this.error('first-paint: the module script was not found');
        const preloads = [
          ...source.matchAll(/ *<link rel="modulepreload" crossorigin href="([^"]+)">\n?/g),
        ];
        source = source.replace(entry[0], '');
        for (const [tag] of preloads) source = source.replace(tag, '');
        const boot = this.emitFile({
          type: 'asset',
          name: 'boot.js',
          source: await buildBootScript(
            routePreloads(bundle, languages),
            {
              entry: entry[1],
              modules: preloads.map(([, href]) => href as string),
              projectorFonts: projectorFonts(bundle),
            },
            alias,
          ),
        });
        const containers = languages
          .map((language) => {
            const screen = screens[language];
            if (!screen) throw new Error(`first-paint: no start screen for ${language}`);
            return `<div data-prerendered="${language}">${screen}</div>`;
          })
          .join('\n    ');
        const rootDiv = /<div id="root">[\s\S]*?<\/div>/;
        if (!rootDiv.test(html.source)) this.error('first-paint: <div id="root"> not found');
        // The stylesheet first, then the pre-paint script: the first paint waits for both only.
        const styles = source.match(/ *<link rel="stylesheet"[^>]*>\n?/g) ?? [];
        for (const style of styles) source = source.replace(style, '');
        html.source = source
          .replace(
            '</title>',
            `</title>\n    ${styles.map((style) => style.trim()).join('\n    ')}\n    <script src="./${this.getFileName(boot)}"></script>`,
          )
          .replace(rootDiv, containers);
      },
    },
  };
}
