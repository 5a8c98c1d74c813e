import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { advice as adviceContent } from '@/content/advice';
import { profileFacts } from '@/domain/advice';
import { disputedThemes, groupAdvice } from '@/domain/group';
import { roundScore } from '@/domain/math';
import { stepsToAgreeOn, votesCast } from '@/domain/report';
import { themeKey } from '@/lib/i18n-keys';
import { printPage } from '@/lib/print';
import { useScanStore } from '@/stores/scan-store';
import { useSession } from '@/stores/session-store';
import { PageHeading } from '@/ui/page-heading';
import { GroupRadar } from './group-radar';
import { GroupReportSteps } from './group-report-steps';
import { GroupReportTable } from './group-report-table';
import { useGroupFigures } from './use-group-figures';
import './group-report.css';

/**
 * A group session on one A4 page, for the minutes or to agree on steps with pen and paper: the
 * group's radar with its spread, every theme's mean and level, where the group disagrees, and
 * the first steps for the themes the group agrees need work, with lines to write who and when.
 */
export function GroupReportPage() {
  const { t, i18n } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const { id = '' } = useParams<{ id: string }>();
  const session = useSession(id);
  const profile = useScanStore((state) => state.profile);
  const isTally = session?.method === 'tally';
  const figures = useGroupFigures(session);
  const stats = figures?.stats ?? [];
  if (!session) {
    return (
      <>
        <PageHeading>{t('session.notFound')}</PageHeading>
        <Link href="/workshop">{t('session.back')}</Link>
      </>
    );
  }
  const date = (iso: string) =>
    new Date(iso).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  const count = isTally ? votesCast(session.tally) : session.respondents.length;
  const hasData = stats.some((theme) => theme.summary !== null);
  const disputed = disputedThemes(stats);
  const steps = stepsToAgreeOn(groupAdvice(stats, adviceContent, profileFacts(profile)).act);
  return (
    <>
      <div className="sheet-tools no-print">
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={printPage}>
            {t('groupReport.print')}
          </button>
          <Link href={`/workshop/${session.id}/results`} className="button">
            {t('groupReport.back')}
          </Link>
        </div>
        <p>{t('groupReport.printHint')}</p>
      </div>
      <article className="group-report sheet">
        <header className="sheet__head">
          <PageHeading>{t('groupReport.title', { name: session.name })}</PageHeading>
          <p className="sheet__meta">
            {t(isTally ? 'sessions.metaTally' : 'sessions.meta', {
              date: date(session.createdAt),
              method: t(`method.${session.method}`),
              count,
            })}{' '}
            · {t('groupReport.printed', { date: date(new Date().toISOString()) })}
          </p>
        </header>
        {figures === null ? <p role="status">{t('results.working')}</p> : null}
        {hasData || figures === null ? null : (
          <p>{count > 0 ? t('groupReport.tooFew') : t('results.empty')}</p>
        )}
        {hasData ? (
          <>
            <div className="sheet__top">
              <div>
                <GroupRadar
                  stats={stats}
                  respondentScores={[]}
                  respondentLabels={[]}
                  showRespondents={false}
                />
                {/* Shorter than the results screen's caption (hidden on the sheet), to fit the page. */}
                <p className="sheet__note group-report__caption">{t('groupReport.radarCaption')}</p>
              </div>
              <div>
                <GroupReportTable stats={stats} />
                <p className="sheet__note">
                  {t(isTally ? 'groupReport.basisTally' : 'groupReport.basis', { count })}
                </p>
              </div>
            </div>
            <section aria-labelledby="group-report-disputed" className="group-report__disputed">
              <h2 id="group-report-disputed">{t('groupReport.disputedTitle')}</h2>
              {disputed.length === 0 ? (
                <p>{t('groupReport.noneDisputed')}</p>
              ) : (
                <>
                  <p>{t('groupReport.disputedIntro')}</p>
                  <ul>
                    {disputed.map((theme) => (
                      <li key={theme.themeId}>
                        <strong>{tq(themeKey(theme.themeId, 'title'))}</strong>{' '}
                        {t('groupReport.disputedItem', {
                          min: roundScore(theme.summary?.min ?? 0),
                          max: roundScore(theme.summary?.max ?? 0),
                          sd: roundScore(theme.summary?.sd ?? 0),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
            <GroupReportSteps steps={steps} />
          </>
        ) : null}
        <footer className="sheet__notes">
          <p>{t('groupReport.method')}</p>
        </footer>
      </article>
    </>
  );
}
