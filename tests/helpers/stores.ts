import { useAppStatus } from '@/stores/app-status';
import '@/stores/records-store';
import '@/stores/scan-store';
import '@/stores/session-store';
import '@/stores/settings-store';
import { useStorageStatus } from '@/stores/storage-status';
import { syncedEngines } from '@/stores/synced-store';

/**
 * Reads every store afresh from storage, as a page that opens does: with storage cleared, every
 * store is back to its first state.
 */
export function reloadStores() {
  useStorageStatus.setState({ issues: {} });
  useAppStatus.getState().clearElsewhere();
  for (const engine of syncedEngines.values()) engine.reload();
}
