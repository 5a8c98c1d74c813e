import { emptyScanState, useScanStore } from '@/stores/scan-store';
import { useSettingsStore } from '@/stores/settings-store';
import { useStorageStatus } from '@/stores/storage-status';

/** Puts every store back to its first state (clearing localStorage alone does not). */
export function resetStores() {
  useScanStore.setState({ ...emptyScanState() });
  useSettingsStore.setState({ language: null });
  useStorageStatus.setState({ issues: {} });
}
