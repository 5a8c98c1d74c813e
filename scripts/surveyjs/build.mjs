// Builds the SurveyJS comparison app (the scan's statements in SurveyJS, default theme) and
// measures its JS the way scripts/size.mjs measures the app's first load: gzip level 9 of every
// JS file the built index.html loads (module scripts and modulepreloads) and their static imports.
//   node scripts/surveyjs/build.mjs [outDir]    builds (default: a temp folder) and prints sizes
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const CONFIG = fileURLToPath(new URL('./vite.config.mjs', import.meta.url));

const gzKiB = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** Files (relative to outDir) the built index.html loads as JS, with their static imports. */
function firstLoadJs(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const tags = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1].replace(/^\.?\//, ''));
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const key of byFile.get(file)?.imports ?? []) visit(manifest[key].file);
  };
  for (const file of tags) visit(file);
  if (files.size === 0) throw new Error(`No module script found in ${join(outDir, 'index.html')}`);
  return { files: [...files], css: Object.values(manifest).flatMap((chunk) => chunk.css ?? []) };
}

/**
 * Builds the comparison app into outDir. Returns its folder, the gzipped KiB of the JS its page
 * loads (jsGzipKiB) and of its CSS (cssGzipKiB, SurveyJS's default theme), and the files.
 */
export async function buildSurveyJs(outDir) {
  const dir = resolve(outDir);
  await build({
    configFile: CONFIG,
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true },
  });
  const { files, css } = firstLoadJs(dir);
  const sum = (list) => list.reduce((total, file) => total + gzKiB(join(dir, file)), 0);
  return { outDir: dir, jsGzipKiB: sum(files), cssGzipKiB: sum([...new Set(css)]), files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? join(tmpdir(), 'collective-scan-surveyjs');
  const result = await buildSurveyJs(outDir);
  console.log(`SurveyJS build in ${result.outDir}`);
  for (const file of result.files) {
    console.log(`  ${file.padEnd(40)} ${gzKiB(join(result.outDir, file)).toFixed(1)} KiB gz`);
  }
  console.log(`JS loaded by the page: ${result.jsGzipKiB.toFixed(1)} KiB gz`);
  console.log(`CSS (default theme):   ${result.cssGzipKiB.toFixed(1)} KiB gz`);
}
