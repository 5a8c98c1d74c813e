import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, LANGUAGES, languageFromBrowser } from '@/domain/languages';

describe('languageFromBrowser', () => {
  it.each([
    [['nl-NL', 'en'], 'nl'],
    [['nl-BE'], 'nl'],
    [['en-GB', 'nl'], 'en'],
    [['de-DE', 'nl'], 'nl'],
    [['fr'], 'en'],
    [[], 'en'],
  ] as const)('%j gives %s', (preferred, language) => {
    expect(languageFromBrowser(preferred)).toBe(language);
  });
});

describe('LANGUAGES', () => {
  it('names each language in itself, and the code list follows it', () => {
    expect(LANGUAGES).toEqual({ en: 'English', nl: 'Nederlands' });
    expect(LANGUAGE_CODES).toEqual(['en', 'nl']);
  });
});
