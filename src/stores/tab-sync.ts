import { onPageShown } from '@/lib/storage';
import { syncedEngines } from './synced-store';

/**
 * When the user comes back to this tab, every store reads what is stored and merges it in (see
 * sync-engine.ts), in case a storage event was missed while the tab slept. Each store listens to
 * other tabs' saves itself, from the moment it is created (synced-store.ts).
 */
export function refreshWhenShown(): () => void {
  return onPageShown(() => {
    for (const engine of syncedEngines.values()) engine.refresh();
  });
}
