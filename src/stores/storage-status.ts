import { create } from 'zustand';
import type { StorageError } from '@/lib/storage';

/**
 * What went wrong with this device's storage, per stored key, so the shell can tell the user.
 * - corrupt: unreadable data; `raw` is kept (and backed up under `backupKey` when that worked).
 * - newer: data from a newer app version; left untouched, nothing is saved this session.
 * - unsaved: writing failed (full or blocked storage); the app keeps working in memory.
 */
export type StorageIssue =
  | { kind: 'corrupt'; raw: string; backupKey: string | null }
  | { kind: 'newer'; raw: string }
  | { kind: 'unsaved'; error: StorageError };

type StorageStatusState = {
  issues: Record<string, StorageIssue>;
  report: (key: string, issue: StorageIssue) => void;
  dismiss: (key: string) => void;
  clear: () => void;
};

export const useStorageStatus = create<StorageStatusState>()((set) => ({
  issues: {},
  report: (key, issue) => set((state) => ({ issues: { ...state.issues, [key]: issue } })),
  dismiss: (key) =>
    set((state) => {
      const { [key]: _removed, ...rest } = state.issues;
      return { issues: rest };
    }),
  clear: () => set({ issues: {} }),
}));
