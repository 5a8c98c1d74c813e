import { emptyScanState, useScanStore } from '@/stores/scan-store';
import { useSessionStore } from '@/stores/session-store';
import { useSettingsStore } from '@/stores/settings-store';
import { useStorageStatus } from '@/stores/storage-status';

/** Puts every store back to its first state (clearing localStorage alone does not). */
export function resetStores() {
  useScanStore.setState({ ...emptyScanState() });
  useSettingsStore.setState({ language: null, projector: false });
  useSessionStore.setState({ sessions: [] });
  useStorageStatus.setState({ issues: {} });
}
