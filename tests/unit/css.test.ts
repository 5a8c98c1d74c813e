import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The stylesheets stay split by component and screen: every selector is defined once per context
 * (the same @media / @supports conditions), so a rule is changed in one place; and every CSS file
 * in src is imported by some module there, so none is dead or silently missing from the build.
 */
const root = join(import.meta.dirname, '../..');
const src = join(root, 'src');

const filesIn = (dir: string, extensions: string[]) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => join(dir, file))
    .sort();

type SelectorUse = { selector: string; context: string; line: number };

const normaliseSelector = (selector: string) =>
  selector
    .replace(/\s+/g, ' ')
    .replace(/\s*([>+~,])\s*/g, '$1')
    .replace(/\(\s*/g, '(')
    .replace(/\s*\)/g, ')')
    .replace(/'/g, '"')
    .trim();

const normaliseAtRule = (prelude: string) => prelude.replace(/\s+/g, ' ').replace(/\s*:\s*/g, ': ');

/** Splits a selector list on the commas that are not inside (), [] or a string. */
function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(' || char === '[') depth++;
    if (char === ')' || char === ']') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map(normaliseSelector).filter(Boolean);
}

/**
 * A small CSS reader: every style rule's selectors with the at-rules around them. Comments are
 * dropped, strings are kept whole, declaration blocks (also nested ones) are skipped.
 */
function selectorUses(css: string): SelectorUse[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const uses: SelectorUse[] = [];
  const contexts: string[] = [];
  let prelude = '';
  let preludeLine = 1;
  let line = 1;
  let skipDepth = 0;
  let quote: string | null = null;
  for (const char of text) {
    if (char === '\n') line++;
    if (quote) {
      if (char === quote) quote = null;
      if (skipDepth === 0) prelude += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      if (skipDepth === 0) prelude += char;
      continue;
    }
    if (skipDepth > 0) {
      if (char === '{') skipDepth++;
      if (char === '}') skipDepth--;
      continue;
    }
    if (char === '{') {
      const head = prelude.trim();
      if (head.startsWith('@')) {
        contexts.push(normaliseAtRule(head));
      } else {
        const context = contexts.join(' > ');
        for (const selector of splitSelectorList(head)) {
          uses.push({ selector, context, line: preludeLine });
        }
        skipDepth = 1;
      }
      prelude = '';
    } else if (char === '}') {
      contexts.pop();
      prelude = '';
    } else if (char === ';') {
      // A declaration directly in an at-rule (@page, @font-face) or a statement (@import).
      prelude = '';
    } else {
      if (prelude.trim() === '' && char.trim() !== '') preludeLine = line;
      prelude += char;
    }
  }
  return uses;
}

/** "selector in context" defined more than once: each with every place it is defined. */
function duplicateSelectors(files: { name: string; css: string }[]): string[] {
  const places = new Map<string, string[]>();
  for (const { name, css } of files) {
    for (const use of selectorUses(css)) {
      const key = use.context ? `${use.selector}  (in ${use.context})` : use.selector;
      places.set(key, [...(places.get(key) ?? []), `${name}:${use.line}`]);
    }
  }
  return [...places]
    .filter(([, where]) => where.length > 1)
    .map(([key, where]) => `${key}: ${where.join(', ')}`);
}

/** The CSS files that a module imports (static, side-effect or dynamic), as absolute paths. */
function importedStylesheets(file: string, code: string): string[] {
  const specifiers = [
    ...code.matchAll(/\bimport\s*(?:[^'"();]*?\bfrom\s*)?['"]([^'"]+\.css)(?:\?[^'"]*)?['"]/g),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+\.css)(?:\?[^'"]*)?['"]\s*\)/g),
  ].map((match) => match[1] ?? '');
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith('@/')) return [join(src, specifier.slice(2))];
    if (specifier.startsWith('.')) return [resolve(dirname(file), specifier)];
    return []; // a package's stylesheet (fonts)
  });
}

describe('the CSS reader', () => {
  it('finds a selector defined twice in the same context, also inside a selector list', () => {
    const css = `.a { color: red; }\n.b,\n.a { margin: 0; }`;
    expect(duplicateSelectors([{ name: 'x.css', css }])).toEqual(['.a: x.css:1, x.css:2']);
  });

  it('finds duplicates across files and tells contexts apart', () => {
    const one = `.a { color: red; }\n@media (min-width: 40rem) { .a { color: blue; } }`;
    const two = `@media (min-width:40rem) {\n  .a  { margin: 0; }\n}\n@media print { .a { display: none; } }`;
    expect(
      duplicateSelectors([
        { name: 'one.css', css: one },
        { name: 'two.css', css: two },
      ]),
    ).toEqual(['.a  (in @media (min-width: 40rem)): one.css:2, two.css:2']);
  });

  it('normalises whitespace, ignores comments, strings and commas inside parentheses', () => {
    const css = [
      '/* .a { } */',
      '.a > .b:is(.c, .d) { content: "}{;,"; }',
      '.a>.b:is( .c,.d ) { color: red; }',
      '@page { size: A4; margin: 1cm; }',
      '.e::before { content: ".a {"; }',
    ].join('\n');
    expect(selectorUses(css).map((use) => use.selector)).toEqual([
      '.a>.b:is(.c,.d)',
      '.a>.b:is(.c,.d)',
      '.e::before',
    ]);
    expect(duplicateSelectors([{ name: 'x.css', css }])).toHaveLength(1);
  });

  it('reads static, side-effect and dynamic imports of stylesheets', () => {
    const file = join(src, 'ui', 'x.tsx');
    const code = `import './x.css';\nimport url from '@/app/y.css?url';\nimport '@fontsource/f/latin.css';\nvoid import('../z.css');`;
    expect(importedStylesheets(file, code)).toEqual([
      join(src, 'ui', 'x.css'),
      join(src, 'app', 'y.css'),
      join(src, 'z.css'),
    ]);
  });
});

describe('stylesheets in src', () => {
  const stylesheets = filesIn(src, ['.css']);
  const modules = filesIn(src, ['.ts', '.tsx']);

  it('are there at all', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
  });

  it('define every selector once per context', () => {
    const files = stylesheets.map((file) => ({
      name: relative(root, file),
      css: readFileSync(file, 'utf8'),
    }));
    expect(duplicateSelectors(files)).toEqual([]);
  });

  it('are each imported by a module in src', () => {
    const imported = new Set(
      modules.flatMap((file) => importedStylesheets(file, readFileSync(file, 'utf8'))),
    );
    const orphans = stylesheets.filter((file) => !imported.has(file));
    expect(orphans.map((file) => relative(root, file))).toEqual([]);
  });
});
