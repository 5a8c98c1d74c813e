import type { ExchangeCard } from '@/domain/exchange-card';
import {
  collectionDocSpec,
  collectionFromItems,
  collectionItemIsFinal,
  collectionItems,
  type MatchCollection,
} from '@/domain/match-collection';
import { type MergeOutcome, mergeCards } from '@/domain/matching';
import type { SaveResult } from './sync-engine';
import { createSyncedStore } from './synced-store';

export const MATCHMAKING_STORAGE_KEY = 'collective-scan:matchmaking';

type MatchmakingActions = {
  /** Adds cards: one per collective, the card made last wins. What became of each, in order. */
  addCards: (cards: readonly ExchangeCard[]) => { outcomes: MergeOutcome[]; saved: SaveResult };
  removeCard: (id: string) => void;
  /** Empties the collection (on this device, in every open tab). */
  clearCards: () => void;
};

export const useMatchmakingStore = createSyncedStore<MatchCollection, MatchmakingActions>(
  {
    key: MATCHMAKING_STORAGE_KEY,
    // Gathered cards are kept like group sessions: notices name them with the sessions.
    data: 'cards',
    spec: collectionDocSpec,
    toItems: collectionItems,
    fromItems: collectionFromItems,
    final: collectionItemIsFinal,
    empty: () => ({ cards: [] }),
  },
  ({ commit, get }) => ({
    addCards: (incoming) => {
      let outcomes = mergeCards(get().cards, incoming).outcomes;
      const saved = commit((state) => {
        const merged = mergeCards(state.cards, incoming);
        outcomes = merged.outcomes;
        return { cards: merged.cards };
      });
      return { outcomes, saved };
    },
    removeCard: (id) =>
      void commit((state) => ({ cards: state.cards.filter((card) => card.id !== id) })),
    clearCards: () => void commit(() => ({ cards: [] })),
  }),
);
