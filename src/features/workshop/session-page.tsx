import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { toSessionsFile } from '@/domain/session';
import { downloadText } from '@/lib/file';
import { useSession, useSessionStore } from '@/stores/session-store';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { PageHeading } from '@/ui/page-heading';
import { preloadRadar } from '@/ui/radar';
import { AddAnswers } from './add-answers';
import { RespondentList } from './respondent-list';
import { RetiredSession } from './retired-session';
import { ScanQr } from './scan-qr';
import './workshop.css';

/** One group session: bring answers in (by its method), see who is in, go to the group results. */
export function SessionPage() {
  const { t } = useTranslation('workshop');
  const { id = '' } = useParams<{ id: string }>();
  const session = useSession(id);
  const [, navigate] = useLocation();
  const addLaptopRespondent = useSessionStore((state) => state.addLaptopRespondent);
  const deleteSession = useSessionStore((state) => state.deleteSession);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // Group results, with their radar, are the next step from here.
  useEffect(preloadRadar, []);

  if (!session) {
    return (
      <>
        <PageHeading>{t('session.notFound')}</PageHeading>
        <Link href="/workshop">{t('session.back')}</Link>
      </>
    );
  }
  const firstTheme = questionnaire.areas[0]?.themes[0]?.id ?? '';
  return (
    <div className="workshop">
      <p className="wizard__position">{t(`method.${session.method}`)}</p>
      <PageHeading>{session.name}</PageHeading>
      <p className="lead">{t(`method.${session.method}Help`)}</p>
      <RetiredSession session={session} />
      <div className="button-row">
        <Link href={`/workshop/${session.id}/results`} className="button button--primary">
          {t('session.results')}
        </Link>
        {session.method === 'tally' ? (
          <Link href={`/workshop/${session.id}/tally/1`} className="button button--primary">
            {t('session.openTally')}
          </Link>
        ) : null}
        {session.method === 'laptop' ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              navigate(
                `/workshop/${session.id}/answer/${addLaptopRespondent(session.id)}/${firstTheme}`,
              )
            }
          >
            {t('session.nextRespondent')}
          </button>
        ) : null}
      </div>

      {session.method === 'merge' ? <AddAnswers sessionId={session.id} /> : null}
      {session.method === 'merge' ? <ScanQr sessionId={session.id} /> : null}

      {session.method !== 'tally' ? (
        <section aria-labelledby="respondents">
          <h2 id="respondents">{t('respondents.title', { count: session.respondents.length })}</h2>
          <RespondentList session={session} />
        </section>
      ) : null}

      <section aria-labelledby="session-manage">
        <h2 id="session-manage">{t('session.manage')}</h2>
        <div className="button-row">
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadText(
                `collective-scan-session-${session.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.json`,
                JSON.stringify(
                  toSessionsFile([session], questionnaire.version, new Date().toISOString()),
                ),
              )
            }
          >
            {t('session.export')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirmDelete(true)}
          >
            {t('session.delete')}
          </button>
          <Link href="/workshop" className="button">
            {t('session.back')}
          </Link>
        </div>
      </section>
      <ConfirmDialog
        open={confirmDelete}
        title={t('session.deleteTitle', { name: session.name })}
        body={t('session.deleteBody')}
        confirmLabel={t('session.deleteConfirm')}
        cancelLabel={t('session.deleteCancel')}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() => {
          deleteSession(session.id);
          navigate('/workshop');
        }}
      />
    </div>
  );
}
