import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/domain/languages';
import { NAMESPACES } from '@/lib/i18n';
import { leafKeys, lookup, resources } from '../helpers/locales';

const variables = (value: unknown) =>
  typeof value === 'string' ? [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort() : [];

describe('locales', () => {
  const others = LANGUAGE_CODES.filter((language) => language !== 'en');

  it('has a folder for exactly the languages the app offers, each with every namespace', () => {
    expect(Object.keys(resources).sort()).toEqual([...LANGUAGE_CODES].sort());
    for (const language of LANGUAGE_CODES) {
      expect(Object.keys(resources[language] ?? {}).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each(NAMESPACES)('%s: every language has exactly the English keys', (namespace) => {
    const en = leafKeys(resources.en?.[namespace]).sort();
    for (const language of others) {
      expect(leafKeys(resources[language]?.[namespace]).sort(), language).toEqual(en);
    }
  });

  it.each(NAMESPACES)(
    '%s: every language uses the English interpolation variables',
    (namespace) => {
      for (const key of leafKeys(resources.en?.[namespace])) {
        const en = variables(lookup(resources.en?.[namespace], key));
        for (const language of others) {
          const other = variables(lookup(resources[language]?.[namespace], key));
          expect(other, `${language} ${namespace}:${key}`).toEqual(en);
        }
      }
    },
  );

  it.each(NAMESPACES)('%s: no empty strings and no HTML', (namespace) => {
    for (const language of LANGUAGE_CODES) {
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
});
