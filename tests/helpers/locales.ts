import type { Resource } from 'i18next';

// Every locale file, read at test time: `{ en: { common: {...}, ... }, nl: { ... } }`.
const files = import.meta.glob<{ default: Record<string, unknown> }>('/locales/*/*.json', {
  eager: true,
});

export const resources: Resource = {};
for (const [path, module] of Object.entries(files)) {
  const [, language = '', namespace = ''] = path.match(/locales\/([^/]+)\/([^/]+)\.json$/) ?? [];
  resources[language] ??= {};
  resources[language][namespace] = module.default;
}

export type Json = { [key: string]: Json } | string;

/** Every leaf key of a nested translation object, dotted (`a.b.c`). */
export function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    leafKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}

/** The value at a dotted key, or undefined. */
export function lookup(value: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined,
      value,
    );
}
