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

/**
 * One design system: src/app/base.css holds the tokens (the first `:root` block) — colours, one
 * modular type scale, one spacing rhythm, borders and the focus ring — and the shared components
 * (src/ui/*.css), the base itself and the workshop's screens take every colour, font size and
 * spacing from them. Chart styles (src/ui/charts) and other screens' sheets are not checked here.
 */
const baseFile = join(src, 'app', 'base.css');
const tokenFiles = [
  baseFile,
  ...filesIn(join(src, 'ui'), ['.css']).filter((file) => dirname(file) === join(src, 'ui')),
  join(src, 'features', 'workshop', 'workshop.css'),
];

const withoutComments = (css: string) =>
  css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));

/** The first `:root { … }` block: where tokens are defined, and so where raw values belong. */
function tokenBlock(css: string): { start: number; end: number; body: string } {
  const match = /:root\s*\{([^}]*)\}/.exec(withoutComments(css));
  if (!match) return { start: 0, end: 0, body: '' };
  return { start: match.index, end: match.index + match[0].length, body: match[1] ?? '' };
}

/** Custom properties defined in a stylesheet, with their values. */
function customProperties(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of withoutComments(css).matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
    found.set(match[1] ?? '', (match[2] ?? '').trim());
  }
  return found;
}

type Declaration = { property: string; value: string; line: number };

/** Every declaration of a stylesheet outside its token block. */
function declarations(css: string): Declaration[] {
  const text = withoutComments(css);
  const block = tokenBlock(css);
  const found: Declaration[] = [];
  for (const match of text.matchAll(/[{;]\s*([a-z-]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/g)) {
    const index = match.index ?? 0;
    if (block.end > 0 && index >= block.start && index < block.end) continue;
    const at = index + match[0].indexOf(match[1] ?? '');
    found.push({
      property: match[1] ?? '',
      value: match[2] ?? '',
      line: text.slice(0, at).split('\n').length,
    });
  }
  return found;
}

const RAW_COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|\b(?:white|black|red|green|blue|gray|grey|yellow|orange|purple|navy|silver)\b/i;
const RAW_LENGTH = /(?<![\w-])-?(?:\d*\.)?\d+(?:rem|px|vh|vw|ch|pt)\b/g;
const SPACING = /^(?:margin|padding|gap|row-gap|column-gap)(?:-[a-z]+)*$/;

/**
 * What breaks the design system in one stylesheet: a raw colour outside the token block, a font
 * size that is not a step of the scale, a spacing in rem or px instead of a --space-* token (em
 * follows the element's own type and stays allowed; 1px is a hairline), a token nobody defined.
 */
function offTokens(name: string, css: string, tokens: Map<string, string>): string[] {
  const local = customProperties(css);
  const steps = [...tokens.keys()].filter((token) => token.startsWith('--step-'));
  const problems: string[] = [];
  for (const { property, value, line } of declarations(css)) {
    const where = `${name}:${line} ${property}: ${value}`;
    if (RAW_COLOUR.test(value)) problems.push(`${where} (a raw colour)`);
    if (property === 'font-size' && !steps.some((step) => value === `var(${step})`)) {
      problems.push(`${where} (not a step of the type scale)`);
    }
    if (property === 'font' && value !== 'inherit') {
      problems.push(`${where} (only "font: inherit"; sizes come from the scale)`);
    }
    if (SPACING.test(property)) {
      const lengths = (value.replace(/var\([^)]*\)/g, '').match(RAW_LENGTH) ?? []).filter(
        (length) => !/^-?1px$/.test(length),
      );
      if (lengths.length > 0) problems.push(`${where} (a spacing outside the rhythm)`);
    }
    for (const [, token] of value.matchAll(/var\(\s*(--[\w-]+)/g)) {
      if (token && !tokens.has(token) && !local.has(token)) {
        problems.push(`${where} (${token} is not defined)`);
      }
    }
  }
  return problems;
}

/** The scale's steps in order, as numbers in rem. */
function typeScale(tokens: Map<string, string>): { step: number; rem: number }[] {
  return [...tokens]
    .map(([token, value]) => ({ step: /^--step-(-?\d+)$/.exec(token)?.[1], value }))
    .filter((entry): entry is { step: string; value: string } => entry.step !== undefined)
    .map(({ step, value }) => ({
      step: Number(step),
      rem: Number(/^([\d.]+)rem$/.exec(value)?.[1]),
    }))
    .sort((a, b) => a.step - b.step);
}

describe('the design-token check', () => {
  const tokens = new Map([
    ['--step-0', '1rem'],
    ['--space-2', '0.5rem'],
    ['--ink', '#111111'],
  ]);

  it('finds raw colours, off-scale font sizes, spacings outside the rhythm and unknown tokens', () => {
    const css = [
      '.a { color: #fff; background: rgb(0 0 0 / 0.5); border-color: white; }',
      '.b { font-size: 0.9rem; font: 700 1rem/1.2 sans-serif; }',
      '.c { padding: 0.4rem var(--space-2); margin: 0 0 12px; gap: var(--space-9); }',
    ].join('\n');
    expect(offTokens('x.css', css, tokens)).toEqual([
      'x.css:1 color: #fff (a raw colour)',
      'x.css:1 background: rgb(0 0 0 / 0.5) (a raw colour)',
      'x.css:1 border-color: white (a raw colour)',
      'x.css:2 font-size: 0.9rem (not a step of the type scale)',
      'x.css:2 font: 700 1rem/1.2 sans-serif (only "font: inherit"; sizes come from the scale)',
      'x.css:3 padding: 0.4rem var(--space-2) (a spacing outside the rhythm)',
      'x.css:3 margin: 0 0 12px (a spacing outside the rhythm)',
      'x.css:3 gap: var(--space-9) (--space-9 is not defined)',
    ]);
  });

  it('accepts tokens, system colours, em spacing, hairlines and values inside the token block', () => {
    const css = [
      ':root { --ink: #111111; --gap: 0.4rem; }',
      '.a { color: var(--ink); font-size: var(--step-0); font: inherit; }',
      '.b { padding: 0.1em var(--space-2); margin: -1px; gap: calc(var(--space-2) / -2); }',
      '@media (forced-colors: active) { .a { border: 3px solid Highlight; } }',
      '.c { padding: var(--gap); }',
    ].join('\n');
    expect(offTokens('x.css', css, tokens)).toEqual([]);
  });
});

describe('the design system', () => {
  const base = readFileSync(baseFile, 'utf8');
  const tokens = customProperties(tokenBlock(base).body);

  it('has one modular type scale: every step the same ratio above the one below', () => {
    const scale = typeScale(tokens);
    expect(scale.map((entry) => entry.step)).toEqual(
      Array.from({ length: scale.length }, (_, i) => (scale[0]?.step ?? 0) + i),
    );
    expect(scale.find((entry) => entry.step === 0)?.rem).toBe(1);
    const ratios = scale.slice(1).map((entry, i) => entry.rem / (scale[i]?.rem ?? 1));
    const ratio = ratios[0] ?? 0;
    expect(ratio).toBeGreaterThanOrEqual(1.125);
    for (const each of ratios) expect(each).toBeCloseTo(ratio, 2);
  });

  it('is used by src/ui, the base and the workshop: colours, type sizes and spacing are tokens', () => {
    const problems = tokenFiles.flatMap((file) =>
      offTokens(relative(root, file), readFileSync(file, 'utf8'), tokens),
    );
    expect(problems).toEqual([]);
  });
});
