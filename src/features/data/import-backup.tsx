import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editions } from '@/content/editions';
import type { ParsedBackup } from '@/domain/backup';
import { MAX_BACKUP_BYTES } from '@/domain/backup-format';
import { droppedStatements } from '@/domain/editions';
import { readTextFile } from '@/lib/file';
import { retiredQuestionKey } from '@/lib/i18n-keys';
import { parseBackupOffThread } from '@/lib/json-import';
import { importBackup } from '@/stores/backup';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { FileButton } from '@/ui/file-button';
import { formatList } from '@/ui/list-format';
import { Notice } from '@/ui/notice';
import { RetiredList } from '@/ui/retired-list';

/**
 * Opens a backup file. Nothing changes until the user confirms; a bad file changes nothing. A file
 * of an earlier edition lists the answers that no longer count before anything is opened, and
 * every value that is no answer at all is counted and the first few shown. The file is read in a
 * Web Worker, so even a large one never freezes the page.
 */
export function ImportBackup() {
  const { t, i18n } = useTranslation('data');
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('retired');
  const [pending, setPending] = useState<ParsedBackup | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'info' | 'warning'; text: string } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    setBusy(true);
    const read = await readTextFile(file, MAX_BACKUP_BYTES);
    const parsed = read.ok ? await parseBackupOffThread(read.value, editions) : read;
    setBusy(false);
    if (!parsed.ok) {
      setMessage({ tone: 'warning', text: t(`import.errors.${parsed.error}`) });
      return;
    }
    setPending(parsed.value);
  };

  const apply = (parsed: ParsedBackup) => {
    const { answers, notSaved } = importBackup(parsed);
    setPending(null);
    const { count } = parsed.leftOut;
    const parts = [
      notSaved.length > 0
        ? t('import.notSaved', {
            data: formatList(
              i18n.language,
              notSaved.map((data) => tc(`storage.data.${data}`)),
            ),
          })
        : null,
      notSaved.includes('answers') ? null : t('import.done', { count: answers }),
      count > 0 ? t('import.doneLeftOut', { count }) : null,
    ];
    setMessage({
      tone: notSaved.length > 0 ? 'warning' : 'info',
      text: parts.filter((part) => part !== null).join(' '),
    });
  };

  const dropped = pending ? droppedStatements(pending.dropped) : [];
  const leftOut = pending?.leftOut ?? { count: 0, first: [] };
  return (
    <section aria-labelledby="import-backup">
      <h2 id="import-backup">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <FileButton
        label={t('import.choose')}
        accept=".json,application/json"
        onFiles={(files) => void onFile(files[0])}
      />
      <p role="status">{busy ? t('import.busy') : ''}</p>
      {message ? <Notice tone={message.tone} title={message.text} /> : null}
      <ConfirmDialog
        open={pending !== null}
        title={t('import.confirmTitle')}
        body={
          <>
            <p>{t('import.confirmBody')}</p>
            {dropped.length > 0 && pending ? (
              <>
                <p>
                  {t('import.confirmEdition', {
                    count: dropped.length,
                    edition: pending.fromEdition,
                  })}
                </p>
                <RetiredList
                  statements={dropped.map((id) => tr(retiredQuestionKey(id), { defaultValue: id }))}
                  more={(count) => t('import.andMore', { count })}
                />
              </>
            ) : null}
            {leftOut.count > 0 ? (
              <>
                <p>{t('import.leftOut', { count: leftOut.count })}</p>
                <ul className="retired-list">
                  {leftOut.first.map(({ questionId, answer }, index) => (
                    // The same shortened text may occur twice: the place in the list is the key.
                    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered.
                    <li key={index}>{t('import.leftOutItem', { question: questionId, answer })}</li>
                  ))}
                  {leftOut.count > leftOut.first.length ? (
                    <li>{t('import.andMore', { count: leftOut.count - leftOut.first.length })}</li>
                  ) : null}
                </ul>
              </>
            ) : null}
            {pending && pending.upgradedSessions > 0 ? (
              <p>{t('import.sessionsUpgraded', { count: pending.upgradedSessions })}</p>
            ) : null}
          </>
        }
        confirmLabel={t('import.confirm')}
        cancelLabel={t('import.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && apply(pending)}
      />
    </section>
  );
}
