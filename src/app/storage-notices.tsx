import { useTranslation } from 'react-i18next';
import { downloadText } from '@/lib/file';
import { type StorageIssue, useStorageStatus } from '@/stores/storage-status';
import { Notice } from '@/ui/notice';

/** Tells the user when this device's storage could not be read or written, and offers the raw data. */
export function StorageNotices() {
  const issues = useStorageStatus((state) => state.issues);
  // Blocked or full storage fails for every store at once: say it once.
  const entries = Object.entries(issues).filter(
    ([, issue], index, all) =>
      issue.kind !== 'unsaved' || all.findIndex(([, other]) => other.kind === 'unsaved') === index,
  );
  if (entries.length === 0) return null;
  return (
    <div className="notices">
      {entries.map(([key, issue]) => (
        <StorageNotice key={key} storageKey={key} issue={issue} />
      ))}
    </div>
  );
}

function StorageNotice({ storageKey, issue }: { storageKey: string; issue: StorageIssue }) {
  const { t } = useTranslation();
  const dismissKey = useStorageStatus((state) => state.dismiss);
  const dismiss = (key: string) => {
    if (issue.kind !== 'unsaved') return dismissKey(key);
    for (const [other, { kind }] of Object.entries(useStorageStatus.getState().issues)) {
      if (kind === 'unsaved') dismissKey(other);
    }
  };
  const raw = issue.kind === 'unsaved' ? null : issue.raw;
  const fileName = `${storageKey.replace(/[^a-z0-9-]+/gi, '-')}-saved-data.txt`;
  return (
    <Notice
      tone="warning"
      title={t(`storage.${issue.kind}.title`)}
      actions={
        <>
          {raw !== null ? (
            <button
              type="button"
              className="button"
              onClick={() => downloadText(fileName, raw, 'text/plain')}
            >
              {t('storage.download')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => dismiss(storageKey)}>
            {t('storage.dismiss')}
          </button>
        </>
      }
    >
      <p>
        {issue.kind === 'corrupt' && issue.backupKey === null
          ? t('storage.corrupt.textNoBackup')
          : t(`storage.${issue.kind}.text`)}
      </p>
    </Notice>
  );
}
