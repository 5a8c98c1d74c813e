import { create } from 'zustand';

/** Things the shell tells the user about the app itself: offline readiness, updates, other tabs. */
type AppStatusState = {
  offlineReady: boolean;
  applyUpdate: (() => void) | null;
  /** Set when answers on screen were replaced by newer ones saved in another tab. */
  updatedElsewhere: boolean;
  setOfflineReady: (ready: boolean) => void;
  setUpdate: (applyUpdate: (() => void) | null) => void;
  setUpdatedElsewhere: (updated: boolean) => void;
};

export const useAppStatus = create<AppStatusState>()((set) => ({
  offlineReady: false,
  applyUpdate: null,
  updatedElsewhere: false,
  setOfflineReady: (offlineReady) => set({ offlineReady }),
  setUpdate: (applyUpdate) => set({ applyUpdate }),
  setUpdatedElsewhere: (updatedElsewhere) => set({ updatedElsewhere }),
}));
