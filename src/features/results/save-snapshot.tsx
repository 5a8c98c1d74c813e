import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Snapshot } from '@/domain/records';
import { useRecordsStore } from '@/stores/records-store';
import { SaveSnapshotForm } from '@/ui/save-snapshot-form';

type Props = { snapshot: () => Omit<Snapshot, 'id' | 'name' | 'createdAt'>; defaultName: string };

/** Keeps this device's result as a named, dated snapshot for comparing later. */
export function SaveSnapshot({ snapshot, defaultName }: Props) {
  const { t } = useTranslation('results');
  const saveSnapshot = useRecordsStore((state) => state.saveSnapshot);
  return (
    <SaveSnapshotForm
      title={t('snapshot.title')}
      intro={t('snapshot.intro')}
      nameLabel={t('snapshot.nameLabel')}
      saveLabel={t('snapshot.save')}
      defaultName={defaultName}
      savedMessage={
        <>
          {t('snapshot.saved')} <Link href="/history">{t('snapshot.toHistory')}</Link>
        </>
      }
      notSavedMessage={t('snapshot.notSaved')}
      onSave={(name) =>
        saveSnapshot({ ...snapshot(), name, createdAt: new Date().toISOString() }) !== null
      }
    />
  );
}
