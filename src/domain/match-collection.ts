import { type ExchangeCard, readCard } from './exchange-card';
import { fail, ok, type Result } from './result';
import type { StoredStateSpec } from './stored-state';
import type { LiveItem, SyncedDoc } from './synced-doc';
import { syncedDocSchema } from './synced-doc';

/**
 * A coordinator's collection of exchange cards as stored items, one per collective
 * (`card:<collective id>`): two tabs adding different cards both keep theirs, and a card removed
 * here may be added again later (its id is not final).
 */
export type MatchCollection = { cards: ExchangeCard[] };

export function collectionItems(collection: MatchCollection): Map<string, unknown> {
  return new Map(collection.cards.map((card) => [`card:${card.id}`, card]));
}

const byFirstWrite = (a: LiveItem, b: LiveItem) => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0);

export function collectionFromItems(
  items: readonly LiveItem[],
): Result<MatchCollection, 'corrupt'> {
  const cards: ExchangeCard[] = [];
  for (const { id, v } of [...items].sort(byFirstWrite)) {
    if (!id.startsWith('card:')) continue;
    const card = readCard(v);
    if (!card.ok) return fail('corrupt');
    cards.push(card.value);
  }
  return ok({ cards });
}

export const collectionItemIsFinal = () => false;

/** Version 1 is the first. */
export const collectionDocSpec: StoredStateSpec<SyncedDoc> = {
  version: 1,
  schema: syncedDocSchema,
  migrations: {},
};
