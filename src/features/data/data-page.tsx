import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { csvDelimiter, exportFileName, localIsoDate } from '@/domain/export-format';
import { downloadCsv } from '@/lib/csv';
import { downloadText } from '@/lib/file';
import { exportBackup } from '@/stores/backup';
import { useBackupReminderStore } from '@/stores/backup-reminder-store';
import { eraseAllData } from '@/stores/erase';
import { scanResult } from '@/stores/scan-result';
import { useScanStore } from '@/stores/scan-store';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { PageHeading } from '@/ui/page-heading';
import { csvTable } from './csv-table';
import { ImportBackup } from './import-backup';
import { KeepData } from './keep-data';

const STORED = [
  'scan',
  'card',
  'sheet',
  'records',
  'sessions',
  'cards',
  'settings',
  'reminder',
  'backup',
  'cache',
] as const;

/** Your data: save it, open a saved copy, see what is kept where, delete everything. */
export function DataPage() {
  const { t, i18n } = useTranslation('data');
  const { t: tq } = useTranslation('questionnaire');
  const [confirm, setConfirm] = useState(false);
  const [, navigate] = useLocation();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="prose">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <section aria-labelledby="data-save">
        <h2 id="data-save">{t('save.title')}</h2>
        <p>{t('save.intro')}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              const now = new Date();
              downloadText(
                `collective-scan-${today}.json`,
                JSON.stringify(exportBackup(now.toISOString()), null, 2),
              );
              // The backup reminder stays away until answers change after this file.
              useBackupReminderStore.getState().noteSaved(now);
            }}
          >
            {t('save.json')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              const { answers, profile } = useScanStore.getState();
              const day = localIsoDate(new Date());
              const about = { name: profile.name, exportedOn: day };
              downloadCsv(
                exportFileName(profile.name, day, 'csv'),
                csvTable(scanResult(answers, profile).effective, about, t, tq),
                csvDelimiter(i18n.language),
              );
            }}
          >
            {t('save.csv')}
          </button>
        </div>
        <p>{t('save.csvNote')}</p>
      </section>
      <KeepData />
      <ImportBackup />
      <section aria-labelledby="data-where">
        <h2 id="data-where">{t('where.title')}</h2>
        <ul>
          {STORED.map((item) => (
            <li key={item}>{t(`where.${item}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="data-delete">
        <h2 id="data-delete">{t('delete.title')}</h2>
        <p>{t('delete.intro')}</p>
        <button type="button" className="button button--danger" onClick={() => setConfirm(true)}>
          {t('delete.button')}
        </button>
      </section>
      <ConfirmDialog
        open={confirm}
        title={t('delete.confirmTitle')}
        body={t('delete.confirmBody')}
        confirmLabel={t('delete.confirm')}
        cancelLabel={t('delete.cancel')}
        onCancel={() => setConfirm(false)}
        onConfirm={() => {
          eraseAllData();
          setConfirm(false);
          navigate('/');
        }}
      />
    </div>
  );
}
