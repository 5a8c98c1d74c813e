import { onItemChangedElsewhere, onPageShown } from '@/lib/storage';
import { useAppStatus } from './app-status';
import { SCAN_STORAGE_KEY, useScanStore } from './scan-store';

/**
 * Keeps tabs in step: when another tab saves, or the user comes back to this one, the stored
 * answers are read again. Newer stored answers replace the ones on screen and the user is told;
 * older ones never replace newer answers on screen.
 */
export function syncScanAcrossTabs(): () => void {
  const reread = async () => {
    const before = useScanStore.getState().updatedAt;
    await useScanStore.persist.rehydrate();
    if (useScanStore.getState().updatedAt !== before) {
      useAppStatus.getState().setUpdatedElsewhere(true);
    }
  };
  const stopChanges = onItemChangedElsewhere(SCAN_STORAGE_KEY, () => void reread());
  const stopShown = onPageShown(() => void reread());
  return () => {
    stopChanges();
    stopShown();
  };
}
