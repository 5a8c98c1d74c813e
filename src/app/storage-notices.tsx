import { useTranslation } from 'react-i18next';
import { downloadText } from '@/lib/file';
import { type StorageIssue, useStorageStatus } from '@/stores/storage-status';
import { syncedEngines } from '@/stores/synced-store';
import { formatList } from '@/ui/list-format';
import { Notice } from '@/ui/notice';

/**
 * Tells the user when stored data could not be read or a change could not be saved: which data
 * (answers, sessions, snapshots, settings), what was kept, and what they can do.
 */
export function StorageNotices() {
  const issues = useStorageStatus((state) => state.issues);
  // Full or blocked storage hits every store at once: one notice names them all.
  const groups = new Map<string, [string, StorageIssue][]>();
  for (const entry of Object.entries(issues)) {
    const [key, issue] = entry;
    const group =
      issue.kind === 'unsaved' || issue.kind === 'unreadable'
        ? `${issue.kind}:${issue.error}`
        : issue.kind === 'corrupt'
          ? `corrupt:${issue.backupKey === null ? 'kept' : 'copied'}`
          : key;
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  if (groups.size === 0) return null;
  return (
    <div className="notices">
      {[...groups].map(([group, entries]) => (
        <StorageNotice key={group} entries={entries} />
      ))}
    </div>
  );
}

/** The time in a backup key (`…:backup:<ISO time>`), as the user reads it. */
function backupTime(backupKey: string, language: string): string {
  const iso = backupKey.slice(backupKey.indexOf(':backup:') + ':backup:'.length);
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? backupKey
    : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

function StorageNotice({ entries }: { entries: [string, StorageIssue][] }) {
  const { t, i18n } = useTranslation();
  const dismiss = useStorageStatus((state) => state.dismiss);
  const [, issue] = entries[0] as [string, StorageIssue];
  const keys = entries.map(([key]) => key);
  const data = formatList(
    i18n.language,
    entries.map(([, each]) => t(`storage.data.${each.data}`)),
  );
  // The damaged or newer data, each offered as its own file.
  const downloads = entries.flatMap(([key, each]) =>
    each.kind === 'corrupt' || each.kind === 'newer'
      ? [{ key, data: each.data, raw: each.raw }]
      : [],
  );
  const text = (() => {
    switch (issue.kind) {
      case 'corrupt':
        return issue.backupKey === null
          ? t('storage.corrupt.textNoBackup', { data })
          : t('storage.corrupt.text', { data, time: backupTime(issue.backupKey, i18n.language) });
      case 'newer':
        return t('storage.newer.text');
      case 'unreadable':
        return t('storage.unreadable.text');
      case 'unsaved':
        return t(`storage.unsaved.${issue.error}`);
    }
  })();
  return (
    <Notice
      tone="warning"
      title={t(`storage.${issue.kind}.title`, { data })}
      actions={
        <>
          {issue.kind === 'unreadable' ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                for (const key of keys) syncedEngines.get(key)?.retry();
              }}
            >
              {t('storage.retry')}
            </button>
          ) : null}
          {downloads.map((download) => (
            <button
              key={download.key}
              type="button"
              className="button"
              onClick={() =>
                downloadText(
                  `${download.key.replace(/[^a-z0-9-]+/gi, '-')}-saved-data.txt`,
                  download.raw,
                  'text/plain',
                )
              }
            >
              {downloads.length === 1
                ? t('storage.download')
                : t('storage.downloadData', { data: t(`storage.data.${download.data}`) })}
            </button>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => {
              for (const key of keys) dismiss(key);
            }}
          >
            {t('storage.dismiss')}
          </button>
        </>
      }
    >
      <p>{text}</p>
    </Notice>
  );
}
