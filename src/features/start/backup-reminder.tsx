import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { backupReminderDue } from '@/domain/backup-reminder';
import { useBackupReminderStore } from '@/stores/backup-reminder-store';
import { useScanStore } from '@/stores/scan-store';
import { Notice } from '@/ui/notice';

/**
 * Reminds a user whose answers have sat unsaved to a file for days to save a copy (Safari may
 * erase a site's storage after seven days without a visit). Shown on the start screen only, right
 * under its buttons, where a returning user arrives, so it never follows them through the scan. Judged once when the app
 * opens (answering on does not make it flicker away); gone for good, in every tab, once closed,
 * until a saved file goes stale again.
 */
export function BackupReminder() {
  const { t, i18n } = useTranslation();
  const [openedAt] = useState(() => new Date());
  const [changedAt] = useState(() => useScanStore.getState().updatedAt);
  const [answerCount] = useState(() => Object.keys(useScanStore.getState().answers).length);
  const savedAt = useBackupReminderStore((state) => state.savedAt);
  const dismissedAt = useBackupReminderStore((state) => state.dismissedAt);
  const dismiss = useBackupReminderStore((state) => state.dismiss);
  const due = backupReminderDue({
    answerCount,
    answersUpdatedAt: changedAt,
    state: { savedAt, dismissedAt },
    now: openedAt,
  });
  if (!due || changedAt === null) return null;
  const date = new Date(changedAt).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  return (
    <div className="start__reminder">
      <Notice
        tone="info"
        title={t('storage.reminder.title')}
        actions={
          <>
            <Link href="/data" className="button button--primary button--small">
              {t('storage.reminder.save')}
            </Link>
            <button
              type="button"
              className="button button--small"
              onClick={() => dismiss(new Date())}
            >
              {t('storage.reminder.dismiss')}
            </button>
          </>
        }
      >
        <p>{t('storage.reminder.text', { date })}</p>
      </Notice>
    </div>
  );
}
