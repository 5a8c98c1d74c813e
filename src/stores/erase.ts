import { removeItemsWithPrefix } from '@/lib/storage';
import { useRecordsStore } from './records-store';
import { useScanStore } from './scan-store';
import { useSessionStore } from './session-store';
import { useStorageStatus } from './storage-status';

const STORAGE_PREFIX = 'collective-scan:';

/** Deletes everything this app stored on the device: answers, snapshots, plan, sessions, backups, settings. */
export function eraseAllData(): boolean {
  // Empty the stores first (they write their empty state), then remove every key, so nothing is left.
  useScanStore.getState().startOver();
  useRecordsStore.getState().clear();
  useSessionStore.getState().clear();
  useStorageStatus.getState().clear();
  return removeItemsWithPrefix(STORAGE_PREFIX).ok;
}
