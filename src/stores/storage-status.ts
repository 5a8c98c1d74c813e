import { create } from 'zustand';
import type { StorageIssue } from './sync-engine';

export type { StorageIssue };

/**
 * What went wrong with this device's storage, per stored key, so the shell can tell the user
 * what broke and what was kept (see StorageIssue in sync-engine.ts).
 */
type StorageStatusState = {
  issues: Record<string, StorageIssue>;
  report: (key: string, issue: StorageIssue) => void;
  /** Saving or reading works again: "not saved" and "could not be read" no longer hold. */
  resolve: (key: string) => void;
  dismiss: (key: string) => void;
  clear: () => void;
};

const without = (issues: Record<string, StorageIssue>, key: string) => {
  const { [key]: _removed, ...rest } = issues;
  return rest;
};

export const useStorageStatus = create<StorageStatusState>()((set) => ({
  issues: {},
  report: (key, issue) => set((state) => ({ issues: { ...state.issues, [key]: issue } })),
  resolve: (key) =>
    set((state) => {
      const kind = state.issues[key]?.kind;
      return kind === 'unsaved' || kind === 'unreadable'
        ? { issues: without(state.issues, key) }
        : state;
    }),
  dismiss: (key) => set((state) => ({ issues: without(state.issues, key) })),
  clear: () => set({ issues: {} }),
}));
