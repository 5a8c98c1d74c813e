import type { Action, RecordsState, Snapshot } from '@/domain/records';
import {
  recordItemIsFinal,
  recordsDocSpec,
  recordsFromItems,
  recordsItems,
} from '@/domain/records-items';
import { randomId } from '@/lib/ids';
import type { SaveResult } from './sync-engine';
import { createSyncedStore } from './synced-store';

const RECORDS_STORAGE_KEY = 'collective-scan:records';

type RecordsActions = {
  /** A new snapshot's id; null when it could not be saved (storage full or blocked). */
  saveSnapshot: (snapshot: Omit<Snapshot, 'id'>) => string | null;
  /** Deletes a snapshot for good, in every open tab. */
  deleteSnapshot: (id: string) => void;
  addAction: (action: Omit<Action, 'id' | 'status' | 'owner' | 'due'> & Partial<Action>) => string;
  updateAction: (id: string, change: Partial<Omit<Action, 'id'>>) => void;
  removeAction: (id: string) => void;
  /**
   * Adds imported records, all or none; an id already here (or deleted here) is added under a
   * new id, so nothing is overwritten and nothing deleted comes back.
   */
  importRecords: (records: RecordsState) => SaveResult;
};

export const useRecordsStore = createSyncedStore<RecordsState, RecordsActions>(
  {
    key: RECORDS_STORAGE_KEY,
    data: 'records',
    spec: recordsDocSpec,
    toItems: recordsItems,
    fromItems: recordsFromItems,
    final: recordItemIsFinal,
    empty: () => ({ snapshots: [], actions: [] }),
  },
  ({ commit, engine }) => ({
    saveSnapshot: (snapshot) => {
      const id = randomId();
      const saved = commit(
        (state) => ({ ...state, snapshots: [{ ...snapshot, id }, ...state.snapshots] }),
        { atomic: true },
      );
      return saved.ok ? id : null;
    },
    deleteSnapshot: (id) =>
      void commit((state) => ({
        ...state,
        snapshots: state.snapshots.filter((snapshot) => snapshot.id !== id),
      })),
    addAction: (action) => {
      const id = randomId();
      commit((state) => ({
        ...state,
        actions: [...state.actions, { owner: '', due: '', status: 'todo', ...action, id }],
      }));
      return id;
    },
    updateAction: (id, change) =>
      void commit((state) => ({
        ...state,
        actions: state.actions.map((action) =>
          action.id === id ? { ...action, ...change } : action,
        ),
      })),
    removeAction: (id) =>
      void commit((state) => ({
        ...state,
        actions: state.actions.filter((action) => action.id !== id),
      })),
    importRecords: (records) => {
      const taken = engine.knownIds();
      const fresh = <T extends { id: string }>(item: T, kind: string): T =>
        taken.has(`${kind}:${item.id}`) ? { ...item, id: randomId() } : item;
      return commit(
        (state) => ({
          snapshots: [...state.snapshots, ...records.snapshots.map((s) => fresh(s, 'snap'))],
          actions: [...state.actions, ...records.actions.map((a) => fresh(a, 'act'))],
        }),
        { atomic: true },
      );
    },
  }),
);
