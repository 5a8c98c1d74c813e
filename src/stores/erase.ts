import { listKeys, removeItem } from '@/lib/storage';
import { useAppStatus } from './app-status';
import './backup-reminder-store';
import './card-store';
import './matchmaking-store';
import './records-store';
import './scan-store';
import './session-store';
import './settings-store';
import './sheet-store';
import { useStorageStatus } from './storage-status';
import { syncedEngines } from './synced-store';

const STORAGE_PREFIX = 'collective-scan:';

/**
 * Deletes everything this app stored on the device: answers, snapshots, plan, sessions, backups,
 * settings. Each store keeps only a marker with its generation (no data), so a tab still open
 * on the old data cannot write it back; every other open tab empties itself too.
 */
export function eraseAllData(): boolean {
  let erased = true;
  for (const engine of syncedEngines.values()) erased = engine.erase().ok && erased;
  const others = listKeys(STORAGE_PREFIX);
  if (!others.ok) return false;
  for (const key of others.value) {
    if (!syncedEngines.has(key)) erased = removeItem(key).ok && erased;
  }
  useStorageStatus.getState().clear();
  useAppStatus.getState().clearElsewhere();
  return erased;
}
