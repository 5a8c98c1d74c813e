import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Action, RecordsState, Snapshot } from '@/domain/records';
import { recordsStateSpec } from '@/domain/records';
import { randomId } from '@/lib/ids';
import { createGuardedStorage } from './guarded-storage';

const RECORDS_STORAGE_KEY = 'collective-scan:records';

type RecordsActions = {
  saveSnapshot: (snapshot: Omit<Snapshot, 'id'>) => string;
  deleteSnapshot: (id: string) => void;
  addAction: (action: Omit<Action, 'id' | 'status' | 'owner' | 'due'> & Partial<Action>) => string;
  updateAction: (id: string, change: Partial<Omit<Action, 'id'>>) => void;
  removeAction: (id: string) => void;
  /** Adds imported records; an id already here is kept as it is (nothing is overwritten). */
  importRecords: (records: RecordsState) => void;
  clear: () => void;
};

export const useRecordsStore = create<RecordsState & RecordsActions>()(
  persist(
    (set) => ({
      snapshots: [],
      actions: [],
      saveSnapshot: (snapshot) => {
        const id = randomId();
        set((state) => ({ snapshots: [{ ...snapshot, id }, ...state.snapshots] }));
        return id;
      },
      deleteSnapshot: (id) =>
        set((state) => ({ snapshots: state.snapshots.filter((snapshot) => snapshot.id !== id) })),
      addAction: (action) => {
        const id = randomId();
        set((state) => ({
          actions: [...state.actions, { owner: '', due: '', status: 'todo', ...action, id }],
        }));
        return id;
      },
      updateAction: (id, change) =>
        set((state) => ({
          actions: state.actions.map((action) =>
            action.id === id ? { ...action, ...change } : action,
          ),
        })),
      removeAction: (id) =>
        set((state) => ({ actions: state.actions.filter((action) => action.id !== id) })),
      importRecords: (records) =>
        set((state) => {
          const snapshotIds = new Set(state.snapshots.map((snapshot) => snapshot.id));
          const actionIds = new Set(state.actions.map((action) => action.id));
          return {
            snapshots: [
              ...state.snapshots,
              ...records.snapshots.filter((s) => !snapshotIds.has(s.id)),
            ],
            actions: [...state.actions, ...records.actions.filter((a) => !actionIds.has(a.id))],
          };
        }),
      clear: () => set({ snapshots: [], actions: [] }),
    }),
    {
      name: RECORDS_STORAGE_KEY,
      version: recordsStateSpec.version,
      storage: createGuardedStorage(recordsStateSpec),
      partialize: ({ snapshots, actions }) => ({ snapshots, actions }),
    },
  ),
);
