import {
  type CardDraft,
  cardDraftDocSpec,
  cardDraftFromItems,
  cardDraftItemIsFinal,
  cardDraftItems,
  emptyCardDraft,
} from '@/domain/card-draft';
import { randomSafeId } from '@/domain/ids';
import type { SaveResult } from './sync-engine';
import { createSyncedStore } from './synced-store';

export const CARD_STORAGE_KEY = 'collective-scan:card';

type CardActions = {
  /** This collective's id for its exchange cards, made once on this device. */
  ensureCollectiveId: () => string;
  setPlace: (place: string) => void;
  setContact: (contact: string) => void;
  setExample: (theme: string, line: string) => void;
  setQuestion: (theme: string, line: string) => void;
  /** Replaces the draft with one from a backup (its lines; the id only when this device has none). */
  replaceDraft: (draft: CardDraft) => SaveResult;
};

export const useCardStore = createSyncedStore<CardDraft, CardActions>(
  {
    key: CARD_STORAGE_KEY,
    // The card's lines belong with the scan: notices name them as the answers.
    data: 'card',
    spec: cardDraftDocSpec,
    toItems: cardDraftItems,
    fromItems: cardDraftFromItems,
    final: cardDraftItemIsFinal,
    empty: emptyCardDraft,
  },
  ({ commit, get }) => ({
    ensureCollectiveId: () => {
      const existing = get().collectiveId;
      if (existing) return existing;
      const collectiveId = randomSafeId();
      commit((state) => ({ ...state, collectiveId }));
      return collectiveId;
    },
    setPlace: (place) => void commit((state) => ({ ...state, place })),
    setContact: (contact) => void commit((state) => ({ ...state, contact })),
    setExample: (theme, line) =>
      void commit((state) => ({ ...state, examples: { ...state.examples, [theme]: line } })),
    setQuestion: (theme, line) =>
      void commit((state) => ({ ...state, questions: { ...state.questions, [theme]: line } })),
    replaceDraft: (draft) =>
      commit((state) => ({ ...draft, collectiveId: state.collectiveId ?? draft.collectiveId }), {
        atomic: true,
      }),
  }),
);
