import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installMemoryStorage } from '../helpers/memory-storage';

/** A fresh copy of the settings store, as after a page reload: it reads storage when created. */
async function loadSettingsStore() {
  vi.resetModules();
  const { useSettingsStore } = await import('@/stores/settings-store');
  return useSettingsStore;
}

beforeEach(() => {
  installMemoryStorage();
});

describe('settings store', () => {
  it('remembers the chosen language', async () => {
    const first = await loadSettingsStore();
    expect(first.getState().language).toBeNull();
    first.getState().setLanguage('nl');
    const second = await loadSettingsStore();
    expect(second.getState().language).toBe('nl');
  });

  it('remembers projector mode', async () => {
    const first = await loadSettingsStore();
    expect(first.getState().projector).toBe(false);
    first.getState().setProjector(true);
    const second = await loadSettingsStore();
    expect(second.getState().projector).toBe(true);
  });
});
