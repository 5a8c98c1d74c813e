// npm run size:modules: which modules make up the JS loaded before any user action, largest first.
// Builds once more with rollup-plugin-visualizer's raw data into a scratch folder. Its figure per
// module is that module's code gzipped on its own before minification: right for ranking, larger
// than its real share (the chunks are minified and compressed whole; scripts/size.mjs has those).
// The README's "first load" table comes from this output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { build } from 'vite';

const outDir = process.env.DIST ?? '/tmp/collective-scan-modules';
await build({
  logLevel: 'silent',
  build: { outDir, emptyOutDir: true },
  plugins: [
    visualizer({ filename: join(outDir, 'stats.json'), template: 'raw-data', gzipSize: true }),
  ],
});

const stats = JSON.parse(readFileSync(join(outDir, 'stats.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
const firstLoad = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || firstLoad.has(chunk.file)) return;
  firstLoad.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(Object.keys(manifest).find((key) => manifest[key].isEntry));

// The tree's first level is the chunks; every leaf below carries a part uid.
const rows = new Map();
const walk = (node, chunk) => {
  if (node.uid) {
    const part = stats.nodeParts[node.uid];
    const meta = stats.nodeMetas[part.metaUid];
    // Group node_modules by package, source files by path.
    const id = meta.id.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
    if (firstLoad.has(chunk)) rows.set(id, (rows.get(id) ?? 0) + part.gzipLength);
    return;
  }
  for (const child of node.children ?? []) walk(child, chunk ?? node.name);
};
for (const chunk of stats.tree.children) walk(chunk, chunk.name);

const total = [...rows.values()].reduce((a, b) => a + b, 0);
console.log(
  `First load by module (gzip share within its chunk; total ${(total / 1024).toFixed(1)} KiB)`,
);
console.log('| module | KiB gz |\n| --- | --- |');
for (const [id, bytes] of [...rows]
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(process.env.TOP ?? 10)))
  console.log(`| ${id.replace(/^\/.*?\/src\//, 'src/')} | ${(bytes / 1024).toFixed(1)} |`);
