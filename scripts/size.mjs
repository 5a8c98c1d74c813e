// Prints the gzipped size of the JS the built page loads before any user action, and of all JS,
// and fails when either is over budget. Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_INITIAL_KIB = 110;
const BUDGET_TOTAL_KIB = 260;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const gzKiB = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

// The entry and everything it imports statically (what index.html loads and preloads) ...
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);
// ... plus the shell's translations, which i18n loads at start-up (English here; Dutch is as large).
const startupLocale = manifest['locales/en/common.json'];
if (startupLocale) initial.add(startupLocale.file);

const allJs = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
const sum = (files) => [...files].reduce((total, file) => total + gzKiB(file), 0);
const initialKiB = sum(initial);
const totalKiB = sum(allJs.map((file) => `assets/${file}`));
const lazy = allJs
  .map((file) => `assets/${file}`)
  .filter((file) => !initial.has(file))
  .map((file) => [file, gzKiB(file)])
  .sort((a, b) => b[1] - a[1]);

const row = (label, kib, budget) =>
  `${label.padEnd(44)} ${kib.toFixed(1).padStart(7)} KiB gz${budget ? `  (budget ${budget} KiB)` : ''}`;
console.log(row('JS before any user action', initialKiB, BUDGET_INITIAL_KIB));
for (const file of initial) console.log(row(`  ${file}`, gzKiB(file)));
console.log(row('All JS', totalKiB, BUDGET_TOTAL_KIB));
console.log('Largest lazy chunks:');
for (const [file, kib] of lazy.slice(0, 6)) console.log(row(`  ${file}`, kib));

const recharts = [...initial].some((file) =>
  readFileSync(join(dist, file), 'utf8').includes('recharts'),
);
const failures = [
  initialKiB > BUDGET_INITIAL_KIB &&
    `first load ${initialKiB.toFixed(1)} KiB > ${BUDGET_INITIAL_KIB} KiB`,
  totalKiB > BUDGET_TOTAL_KIB && `all JS ${totalKiB.toFixed(1)} KiB > ${BUDGET_TOTAL_KIB} KiB`,
  recharts && 'recharts is in the first load',
].filter(Boolean);
if (failures.length > 0) {
  console.error(`Over budget: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('Within budget.');
