import * as z from 'zod/mini';
import type { CardLines } from './exchange-card';
import { CARD_LIMITS, isCardTheme } from './exchange-card';
import { SAFE_ID_PATTERN } from './ids';
import { fail, ok, type Result } from './result';
import type { StoredStateSpec } from './stored-state';
import { type LiveItem, type SyncedDoc, syncedDocSchema } from './synced-doc';

/**
 * The board's card draft as kept on the device: the collective's id (made once, so a newer card
 * replaces an older one wherever it is opened) and the lines the board typed. Each line is its own
 * item (`place`, `contact`, `example:<theme>`, `question:<theme>`), so two tabs typing different
 * lines both keep theirs.
 */
export type CardDraft = CardLines & { collectiveId: string | null };

export function emptyCardDraft(): CardDraft {
  return { collectiveId: null, examples: {}, questions: {} };
}

export function cardDraftItems(draft: CardDraft): Map<string, unknown> {
  const items = new Map<string, unknown>();
  if (draft.collectiveId) items.set('id', draft.collectiveId);
  if (draft.place) items.set('place', draft.place);
  if (draft.contact) items.set('contact', draft.contact);
  for (const [theme, line] of Object.entries(draft.examples)) {
    if (line) items.set(`example:${theme}`, line);
  }
  for (const [theme, line] of Object.entries(draft.questions)) {
    if (line) items.set(`question:${theme}`, line);
  }
  return items;
}

const lineSchema = z.string().check(z.maxLength(CARD_LIMITS.line));

/** Reads the draft back; a line for a theme the card format does not know is left out. */
export function cardDraftFromItems(items: readonly LiveItem[]): Result<CardDraft, 'corrupt'> {
  const draft = emptyCardDraft();
  const examples: Record<string, string> = {};
  const questions: Record<string, string> = {};
  for (const { id, v } of items) {
    if (id === 'id') {
      if (typeof v !== 'string' || !SAFE_ID_PATTERN.test(v)) return fail('corrupt');
      draft.collectiveId = v;
      continue;
    }
    const text = lineSchema.safeParse(v);
    if (!text.success) return fail('corrupt');
    const [kind, theme = ''] = id.split(':');
    if (id === 'place') draft.place = text.data.slice(0, CARD_LIMITS.place);
    else if (id === 'contact') draft.contact = text.data;
    else if (kind === 'example' && isCardTheme(theme)) examples[theme] = text.data;
    else if (kind === 'question' && isCardTheme(theme)) questions[theme] = text.data;
  }
  return ok({ ...draft, examples, questions });
}

export const cardDraftItemIsFinal = () => false;

/** Version 1 is the first; the doc holds the items above. */
export const cardDraftDocSpec: StoredStateSpec<SyncedDoc> = {
  version: 1,
  schema: syncedDocSchema,
  migrations: {},
};

/** The draft as a backup keeps it: plain lines, readable without the sync engine. */
export const cardDraftBackupSchema = z.object({
  collectiveId: z.nullable(z.string().check(z.regex(SAFE_ID_PATTERN))),
  place: z.optional(z.string().check(z.maxLength(CARD_LIMITS.place))),
  contact: z.optional(z.string().check(z.maxLength(CARD_LIMITS.contact))),
  examples: z.record(z.string().check(z.maxLength(40)), lineSchema),
  questions: z.record(z.string().check(z.maxLength(40)), lineSchema),
});
