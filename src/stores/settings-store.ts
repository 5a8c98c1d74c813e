import { SETTINGS_STORAGE_KEY } from '@/domain/boot-hints';
import type { Language } from '@/domain/languages';
import type { Settings } from '@/domain/settings';
import {
  settingItemIsFinal,
  settingsDocSpec,
  settingsFromItems,
  settingsItems,
} from '@/domain/settings-items';
import { createSyncedStore } from './synced-store';

type SettingsActions = {
  setLanguage: (language: Language) => void;
  setProjector: (projector: boolean) => void;
};

export const useSettingsStore = createSyncedStore<Settings, SettingsActions>(
  {
    key: SETTINGS_STORAGE_KEY,
    data: 'settings',
    spec: settingsDocSpec,
    toItems: settingsItems,
    fromItems: settingsFromItems,
    final: settingItemIsFinal,
    empty: () => ({ language: null, projector: false }),
  },
  ({ commit }) => ({
    setLanguage: (language) => void commit((state) => ({ ...state, language })),
    setProjector: (projector) => void commit((state) => ({ ...state, projector })),
  }),
);
