import { create } from 'zustand';
import type { DataName } from './sync-engine';

/** What another tab or window did to the data this tab shows. */
export type Elsewhere = 'changed' | 'erased';

/** Things the shell tells the user about the app itself: offline readiness, updates, other tabs. */
type AppStatusState = {
  offlineReady: boolean;
  applyUpdate: (() => void) | null;
  /** Data on screen that another tab changed (merged in) or deleted, until the user closes the note. */
  elsewhere: Partial<Record<DataName, Elsewhere>>;
  setOfflineReady: (ready: boolean) => void;
  setUpdate: (applyUpdate: (() => void) | null) => void;
  noteElsewhere: (data: DataName, what: Elsewhere) => void;
  clearElsewhere: () => void;
};

export const useAppStatus = create<AppStatusState>()((set) => ({
  offlineReady: false,
  applyUpdate: null,
  elsewhere: {},
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setUpdate: (applyUpdate) => set({ applyUpdate }),
  noteElsewhere: (data, what) =>
    set((state) => ({
      // Settings follow silently (the language or projector mode simply switches).
      elsewhere: data === 'settings' ? state.elsewhere : { ...state.elsewhere, [data]: what },
    })),
  clearElsewhere: () => set({ elsewhere: {} }),
}));
