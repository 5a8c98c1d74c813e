import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NAMESPACES } from '@/lib/i18n';
import { leafKeys, lookup, resources } from '../helpers/locales';

const variables = (value: unknown) =>
  typeof value === 'string' ? [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort() : [];

describe('locales', () => {
  it('has every namespace in both languages', () => {
    for (const language of ['en', 'nl']) {
      expect(Object.keys(resources[language] ?? {}).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)('%s: nl and en have exactly the same keys', (namespace) => {
    const en = leafKeys(resources.en?.[namespace]).sort();
    const nl = leafKeys(resources.nl?.[namespace]).sort();
    expect(nl).toEqual(en);
  });

  it.each(NAMESPACES)('%s: nl and en use the same interpolation variables', (namespace) => {
    for (const key of leafKeys(resources.en?.[namespace])) {
      const en = variables(lookup(resources.en?.[namespace], key));
      const nl = variables(lookup(resources.nl?.[namespace], key));
      expect(nl, `${namespace}:${key}`).toEqual(en);
    }
  });

  it.each(NAMESPACES)('%s: no empty strings and no HTML', (namespace) => {
    for (const language of ['en', 'nl']) {
      for (const key of leafKeys(resources[language]?.[namespace])) {
        const value = lookup(resources[language]?.[namespace], key);
        expect(
          typeof value === 'string' && value.trim().length > 0,
          `${language} ${namespace}:${key}`,
        ).toBe(true);
        expect(value, `${language} ${namespace}:${key}`).not.toMatch(/<[a-z/][^>]*>/i);
      }
    }
  });

  it('every literal key the source code asks for exists in English', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk('src');
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      // Which namespace each t-function reads: `const { t: tq } = useTranslation('questionnaire')`.
      const namespaces = new Map<string, string>();
      for (const match of source.matchAll(
        /const \{ t(?:: (\w+))?[^}]*\} = useTranslation\((?:'(\w+)')?\)/g,
      )) {
        namespaces.set(match[1] ?? 't', match[2] ?? 'common');
      }
      for (const match of source.matchAll(/\b(t\w?)\('([\w.:-]+)'/g)) {
        const [, fn = 't', rawKey = ''] = match;
        const [namespace, key] = rawKey.includes(':')
          ? (rawKey.split(':') as [string, string])
          : [namespaces.get(fn) ?? 'common', rawKey];
        checked += 1;
        const value = lookup(resources.en?.[namespace], key);
        // A key used with `count` exists as key_one / key_other.
        const plural = lookup(resources.en?.[namespace], `${key}_other`);
        if (value === undefined && plural === undefined)
          missing.push(`${file}: ${namespace}:${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });
});
