import * as z from 'zod/mini';
import type { StoredStateSpec } from './stored-state';

/**
 * The languages the app speaks, each with its name in itself (so a reader finds their own).
 * Every list of languages (switch, i18n setup, browser detection, tests) derives from this.
 */
export const LANGUAGES = { en: 'English', nl: 'Nederlands' } as const;
export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];
const languageSchema = z.enum(LANGUAGE_CODES as [Language, ...Language[]]);

export const settingsSchema = z.object({
  /** null until the user picks one: then the browser's language decides. */
  language: z.nullable(languageSchema),
  /** Projector mode: large type, one statement at a time, keyboard shortcuts. */
  projector: z.optional(z.boolean()),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsSpec: StoredStateSpec<Settings> = {
  version: 1,
  schema: settingsSchema,
  migrations: {},
};

const isLanguage = (code: string | undefined): code is Language =>
  code !== undefined && Object.hasOwn(LANGUAGES, code);

/** The first of the browser's preferred languages that the app speaks (nl-BE → nl), else English. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
