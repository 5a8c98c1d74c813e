import * as z from 'zod/mini';
import { LANGUAGE_CODES, type Language } from './languages';
import type { StoredStateSpec } from './stored-state';

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
