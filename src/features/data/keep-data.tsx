import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  askPersistence,
  canAskPersistence,
  type Persistence,
  readPersistence,
} from '@/lib/persist';
import { useBackupReminderStore } from '@/stores/backup-reminder-store';

/**
 * Whether this browser keeps the app's data (persistent storage) and when a copy was last saved
 * as a file; offers to ask the browser to keep it. Firefox asks the user, so only on a click.
 */
export function KeepData() {
  const { t, i18n } = useTranslation('data');
  const [state, setState] = useState<Persistence | 'checking'>('checking');
  const [refused, setRefused] = useState(false);
  const savedAt = useBackupReminderStore((store) => store.savedAt);
  useEffect(() => {
    let live = true;
    void readPersistence().then((now) => {
      if (live) setState(now);
    });
    return () => {
      live = false;
    };
  }, []);
  const ask = async () => {
    const now = await askPersistence();
    setState(now);
    setRefused(now !== 'persistent');
  };
  return (
    <section aria-labelledby="data-keep">
      <h2 id="data-keep">{t('keep.title')}</h2>
      <p aria-live="polite">{t(`keep.${state}`)}</p>
      {state === 'best-effort' && canAskPersistence() ? (
        <button type="button" className="button" onClick={() => void ask()}>
          {t('keep.ask')}
        </button>
      ) : null}
      {refused ? <p role="status">{t('keep.refused')}</p> : null}
      <p>
        {savedAt === null
          ? t('keep.neverSaved')
          : t('keep.lastSaved', {
              date: new Date(savedAt).toLocaleString(i18n.language, {
                dateStyle: 'long',
                timeStyle: 'short',
              }),
            })}
      </p>
    </section>
  );
}
