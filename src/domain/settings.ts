import * as z from 'zod/mini';
import type { StoredStateSpec } from './stored-state';

export const LANGUAGES = ['en', 'nl'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

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

/** Dutch for browsers that prefer Dutch (nl, nl-NL, nl-BE, ...), English otherwise. */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'nl') return 'nl';
    if (base === 'en') return 'en';
  }
  return 'en';
}
