/**
 * The languages the app speaks, each with its name in itself (so a reader finds their own).
 * Every list of languages (switch, i18n setup, browser detection, the pre-paint script, tests)
 * derives from this. No zod here: the pre-paint script (src/lib/boot.ts) bundles this file.
 */
export const LANGUAGES = { en: 'English', nl: 'Nederlands' } as const;
export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

export const isLanguage = (code: unknown): code is Language =>
  typeof code === 'string' && Object.hasOwn(LANGUAGES, code);

/** The first of the browser's preferred languages that the app speaks (nl-BE → nl), else English. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
