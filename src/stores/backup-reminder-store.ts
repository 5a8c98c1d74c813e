import {
  type BackupReminderState,
  backupReminderDocSpec,
  backupReminderFromItems,
  backupReminderItems,
} from '@/domain/backup-reminder';
import { createSyncedStore } from './synced-store';

export const BACKUP_REMINDER_STORAGE_KEY = 'collective-scan:backup-reminder';

type BackupReminderActions = {
  /** A backup file with everything was just saved. */
  noteSaved: (at: Date) => void;
  /** The user closed the reminder: it stays closed until the next saved file goes stale. */
  dismiss: (at: Date) => void;
};

/** When a backup file was last saved and when the reminder was closed; shared by every tab. */
export const useBackupReminderStore = createSyncedStore<BackupReminderState, BackupReminderActions>(
  {
    key: BACKUP_REMINDER_STORAGE_KEY,
    data: 'settings',
    spec: backupReminderDocSpec,
    toItems: backupReminderItems,
    fromItems: backupReminderFromItems,
    final: () => false,
    empty: () => ({ savedAt: null, dismissedAt: null }),
  },
  ({ commit }) => ({
    noteSaved: (at) => void commit((state) => ({ ...state, savedAt: at.toISOString() })),
    dismiss: (at) => void commit((state) => ({ ...state, dismissedAt: at.toISOString() })),
  }),
);
