import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Proves that `npm run lint` keeps the architecture: each forbidden import or global, put in a
 * probe file where the rule should catch it, makes Biome report exactly that rule; allowed
 * imports in the same places pass. The probes live in src/ only while this test runs.
 */
const root = join(import.meta.dirname, '../..');
const tag = `zz-lint-probe-${process.pid}`;

type Probe = { file: string; code: string; rule: string | null };

const probe = (folder: string, name: string, code: string, rule: string | null): Probe => ({
  file: `src/${folder}/${tag}-${name}.ts`,
  code: `${code}\n`,
  rule,
});

const IMPORTS = 'lint/style/noRestrictedImports';
const GLOBALS = 'lint/style/noRestrictedGlobals';

const probes: Probe[] = [
  // The domain is pure.
  ...['react', 'i18next', 'react-i18next', 'zustand', 'recharts'].map((module) =>
    probe(
      'domain',
      `pkg-${module}`,
      `import * as x from '${module}';\nexport const y = x;`,
      IMPORTS,
    ),
  ),
  ...[
    'lib/storage',
    'stores/scan-store',
    'features/results/results-page',
    'app/app',
    'ui/notice',
  ].map((path) =>
    probe(
      'domain',
      `layer-${path.split('/')[0]}`,
      `import * as x from '@/${path}';\nexport const y = x;`,
      IMPORTS,
    ),
  ),
  probe('domain', 'relative', `import * as x from '../lib/storage';\nexport const y = x;`, IMPORTS),
  probe(
    'domain',
    'allowed',
    `import * as z from 'zod/mini';\nimport { mean } from './math';\nexport const y = [z, mean];`,
    null,
  ),
  // A feature never imports another feature.
  probe(
    'features/assessment',
    'feature',
    `import * as x from '@/features/results/results-page';\nexport const y = x;`,
    IMPORTS,
  ),
  probe(
    'features/workshop',
    'feature-relative',
    `import * as x from '../results/results-page';\nexport const y = x;`,
    IMPORTS,
  ),
  probe(
    'features/results',
    'own-feature',
    `import * as x from '@/features/results/score-table';\nexport const y = x;`,
    null,
  ),
  // Browser globals only in src/lib.
  ...[
    ['window', 'window.innerWidth'],
    ['document', 'document.title'],
    ['navigator', 'navigator.language'],
    ['localStorage', 'localStorage.length'],
    ['indexedDB', 'indexedDB.open'],
    ['window-x', 'window.localStorage'],
    ['globalThis-x', 'globalThis.indexedDB'],
  ].flatMap(([name, expression]) =>
    ['features/results', 'stores', 'ui', 'app', 'domain'].map((folder) =>
      probe(folder, `global-${name}`, `export const y = ${expression};`, GLOBALS),
    ),
  ),
  probe(
    'lib',
    'global-allowed',
    'export const y = [window.localStorage, document.title, navigator.language];',
    null,
  ),
  // recharts only in the chart module.
  ...['ui', 'features/results', 'app', 'stores'].map((folder) =>
    probe(
      folder,
      'recharts',
      `import { Radar } from 'recharts';\nexport const y = Radar;`,
      IMPORTS,
    ),
  ),
  probe(
    'ui/charts',
    'recharts-allowed',
    `import { Radar } from 'recharts';\nexport const y = Radar;`,
    null,
  ),
  // No default exports, no barrel files, no import cycles.
  probe('ui', 'default', 'const y = 1;\nexport default y;', 'lint/style/noDefaultExport'),
  probe('ui', 'barrel', `export * from './notice';`, 'lint/performance/noReExportAll'),
  probe(
    'ui',
    'barrel-named',
    `export { Notice } from './notice';`,
    'lint/performance/noBarrelFile',
  ),
  probe(
    'ui',
    'cycle-a',
    `import { b } from './${tag}-cycle-b';\nexport const a = () => b;`,
    'lint/suspicious/noImportCycles',
  ),
  probe(
    'ui',
    'cycle-b',
    `import { a } from './${tag}-cycle-a';\nexport const b = () => a;`,
    'lint/suspicious/noImportCycles',
  ),
];

type Diagnostic = { category: string; location: { path: string } };
let diagnostics: Diagnostic[] = [];

beforeAll(() => {
  for (const { file, code } of probes) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), code);
  }
  let output: string;
  try {
    output = execFileSync(
      join(root, 'node_modules/.bin/biome'),
      ['lint', '--reporter=json', '--max-diagnostics=none', ...probes.map((p) => p.file)],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch (error) {
    // Biome exits non-zero when it finds errors, which is what most probes are for.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  diagnostics = (JSON.parse(output) as { diagnostics: Diagnostic[] }).diagnostics;
}, 60_000);

afterAll(() => {
  for (const { file } of probes) rmSync(join(root, file), { force: true });
});

describe('the linter keeps the architecture', () => {
  it.each(probes.map((p) => [p.file.replace(`${tag}-`, ''), p] as const))('%s', (_name, p) => {
    const found = diagnostics
      .filter((diagnostic) => diagnostic.location.path.endsWith(p.file))
      .map((diagnostic) => diagnostic.category);
    if (p.rule === null) expect(found).toEqual([]);
    else expect(found).toContain(p.rule);
  });
});
