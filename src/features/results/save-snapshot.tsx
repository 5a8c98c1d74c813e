import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Snapshot } from '@/domain/records';
import { useRecordsStore } from '@/stores/records-store';

type Props = { snapshot: () => Omit<Snapshot, 'id' | 'name' | 'createdAt'>; defaultName: string };

/** Keeps the current result as a named, dated snapshot for comparing later. */
export function SaveSnapshot({ snapshot, defaultName }: Props) {
  const { t } = useTranslation('results');
  const saveSnapshot = useRecordsStore((state) => state.saveSnapshot);
  const [name, setName] = useState(defaultName);
  const [saved, setSaved] = useState(false);
  const nameId = useId();
  return (
    <section aria-labelledby="save-snapshot" className="no-print">
      <h2 id="save-snapshot">{t('snapshot.title')}</h2>
      <p>{t('snapshot.intro')}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          saveSnapshot({
            ...snapshot(),
            name: name.trim() || defaultName,
            createdAt: new Date().toISOString(),
          });
          setSaved(true);
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            {t('snapshot.nameLabel')}
          </label>
          <input
            id={nameId}
            type="text"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          {t('snapshot.save')}
        </button>
      </form>
      <p role="status">
        {saved ? (
          <>
            {t('snapshot.saved')} <Link href="/history">{t('snapshot.toHistory')}</Link>
          </>
        ) : null}
      </p>
    </section>
  );
}
