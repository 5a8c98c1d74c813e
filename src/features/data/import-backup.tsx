import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { MAX_BACKUP_BYTES, type ParsedBackup, parseBackup } from '@/domain/backup';
import { readTextFile } from '@/lib/file';
import { importBackup } from '@/stores/backup';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { FileButton } from '@/ui/file-button';
import { Notice } from '@/ui/notice';

/** Opens a backup file. Nothing changes until the user confirms; a bad file changes nothing. */
export function ImportBackup() {
  const { t } = useTranslation('data');
  const [pending, setPending] = useState<ParsedBackup | null>(null);
  const [message, setMessage] = useState<{ tone: 'info' | 'warning'; text: string } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    const read = await readTextFile(file, MAX_BACKUP_BYTES);
    if (!read.ok) return setMessage({ tone: 'warning', text: t(`import.errors.${read.error}`) });
    const parsed = parseBackup(read.value, questionnaire);
    if (!parsed.ok)
      return setMessage({ tone: 'warning', text: t(`import.errors.${parsed.error}`) });
    setPending(parsed.value);
  };

  const apply = (parsed: ParsedBackup) => {
    const { answers } = importBackup(parsed);
    setPending(null);
    setMessage({ tone: 'info', text: t('import.done', { count: answers }) });
  };

  const unknown = pending?.unknownQuestionIds ?? [];
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
          unknown.length > 0
            ? t('import.confirmUnknown', { count: unknown.length, ids: unknown.join(', ') })
            : t('import.confirmBody')
        }
        confirmLabel={t('import.confirm')}
        cancelLabel={t('import.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => pending && apply(pending)}
      />
    </section>
  );
}
