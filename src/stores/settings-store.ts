import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { type Language, type Settings, settingsSpec } from '@/domain/settings';
import { createGuardedStorage } from './guarded-storage';

const SETTINGS_STORAGE_KEY = 'collective-scan:settings';

type SettingsStore = Settings & {
  setLanguage: (language: Language) => void;
  setProjector: (projector: boolean) => void;
};

export const useSettingsStore = create<SettingsStore>()(
  persist(
    (set) => ({
      language: null,
      projector: false,
      setLanguage: (language) => set({ language }),
      setProjector: (projector) => set({ projector }),
    }),
    {
      name: SETTINGS_STORAGE_KEY,
      version: settingsSpec.version,
      storage: createGuardedStorage(settingsSpec),
      partialize: ({ language, projector }) => ({ language, projector }),
    },
  ),
);
