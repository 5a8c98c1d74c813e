import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStatus } from '@/stores/app-status';
import { Notice } from '@/ui/notice';

/** Offline readiness, a waiting update, and data that another tab changed or deleted. */
export function AppStatusNotices() {
  const { t } = useTranslation();
  const { offlineReady, applyUpdate, elsewhere } = useAppStatus();
  const { setOfflineReady, setUpdate, clearElsewhere } = useAppStatus.getState();
  const fromElsewhere = Object.entries(elsewhere) as [
    keyof typeof elsewhere,
    'changed' | 'erased',
  ][];
  // "Ready offline" is good news, not a task: it closes by itself after a while.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), 12_000);
    return () => clearTimeout(timer);
  }, [offlineReady, setOfflineReady]);
  if (!offlineReady && !applyUpdate && fromElsewhere.length === 0) return null;
  return (
    // Fixed at the bottom: these arrive after the page is drawn and must not push it down.
    <div className="toasts">
      {fromElsewhere.length > 0 ? (
        <Notice
          tone="info"
          title={fromElsewhere
            .map(([data, what]) => (data === 'settings' ? '' : t(`status.${what}.${data}`)))
            .join(' ')}
          actions={
            <button type="button" className="button" onClick={clearElsewhere}>
              {t('status.dismiss')}
            </button>
          }
        />
      ) : null}
      {applyUpdate ? (
        <Notice
          tone="info"
          title={t('status.updateReady')}
          actions={
            <>
              <button type="button" className="button button--primary" onClick={applyUpdate}>
                {t('status.reload')}
              </button>
              <button type="button" className="button" onClick={() => setUpdate(null)}>
                {t('status.later')}
              </button>
            </>
          }
        >
          <p>{t('status.updateText')}</p>
        </Notice>
      ) : null}
      {offlineReady ? (
        <Notice
          tone="info"
          brief
          title={t('status.offlineReady')}
          actions={
            <button type="button" className="button" onClick={() => setOfflineReady(false)}>
              {t('status.dismiss')}
            </button>
          }
        >
          <p>{t('status.offlineText')}</p>
        </Notice>
      ) : null}
    </div>
  );
}
