import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editions } from '@/content/editions';
import { MAX_BACKUP_BYTES, type ParsedBackup, parseBackup } from '@/domain/backup';
import { droppedStatements } from '@/domain/editions';
import { readTextFile } from '@/lib/file';
import { retiredQuestionKey } from '@/lib/i18n-keys';
import { importBackup } from '@/stores/backup';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { FileButton } from '@/ui/file-button';
import { Notice } from '@/ui/notice';
import { RetiredList } from '@/ui/retired-list';

/**
 * Opens a backup file. Nothing changes until the user confirms; a bad file changes nothing. A file
 * of an earlier edition lists the answers that no longer count before anything is opened.
 */
export function ImportBackup() {
  const { t } = useTranslation('data');
  const { t: tr } = useTranslation('retired');
  const [pending, setPending] = useState<ParsedBackup | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'warning'; text: string } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    const read = await readTextFile(file, MAX_BACKUP_BYTES);
    if (!read.ok) return setMessage({ tone: 'warning', text: t(`import.errors.${read.error}`) });
    const parsed = parseBackup(read.value, editions);
    if (!parsed.ok)
      return setMessage({ tone: 'warning', text: t(`import.errors.${parsed.error}`) });
    setPending(parsed.value);
  };

  const apply = (parsed: ParsedBackup) => {
    const { answers } = importBackup(parsed);
    setPending(null);
    setMessage({ tone: 'info', text: t('import.done', { count: answers }) });
  };

  const dropped = pending ? droppedStatements(pending.dropped) : [];
  return (
    <section aria-labelledby="import-backup">
      <h2 id="import-backup">{t('import.title')}</h2>
      <p>{t('import.intro')}</p>
      <FileButton
        label={t('import.choose')}
        accept=".json,application/json"
        onFiles={(files) => void onFile(files[0])}
      />
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
