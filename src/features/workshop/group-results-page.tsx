import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { advice as adviceContent } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import { profileFacts } from '@/domain/advice';
import { answeredCount } from '@/domain/compact-answers';
import {
  groupAdvice,
  groupScores,
  groupThemeStats,
  MIN_ANSWERS_TO_SHOW,
  tallyThemeStats,
  themeScoresOfRespondents,
} from '@/domain/group';
import { allThemes } from '@/domain/questionnaire';
import { scoresForSnapshot } from '@/domain/records';
import { useRecordsStore } from '@/stores/records-store';
import { useScanStore } from '@/stores/scan-store';
import { useSession } from '@/stores/session-store';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { SaveSnapshotForm } from '@/ui/save-snapshot-form';
import { GroupAdviceList } from './group-advice-list';
import { GroupCsvButton } from './group-csv-button';
import { GroupRadar } from './group-radar';
import { GroupTable } from './group-table';
import { StatementBreakdown } from './statement-breakdown';
import './workshop.css';

/** A group session's results: spread per theme, where the group disagrees, and what to do first. */
export function GroupResultsPage() {
  const { t } = useTranslation('workshop');
  const { t: tr } = useTranslation('results');
  const saveSnapshot = useRecordsStore((state) => state.saveSnapshot);
  const { id = '' } = useParams<{ id: string }>();
  const session = useSession(id);
  const profile = useScanStore((state) => state.profile);
  const [showRespondents, setShowRespondents] = useState(false);
  const isTally = session?.method === 'tally';
  const encoded = useMemo(() => session?.respondents.map((r) => r.answers) ?? [], [session]);
  const stats = useMemo(
    () =>
      session
        ? isTally
          ? tallyThemeStats(questionnaire, session.tally)
          : groupThemeStats(questionnaire, encoded)
        : [],
    [session, isTally, encoded],
  );
  const individual = useMemo(
    () => (isTally ? [] : themeScoresOfRespondents(questionnaire, encoded).scores),
    [isTally, encoded],
  );

  if (!session) {
    return (
      <>
        <PageHeading>{t('session.notFound')}</PageHeading>
        <Link href="/workshop">{t('session.back')}</Link>
      </>
    );
  }
  const labels = session.respondents.map(
    (respondent, index) => respondent.name || t('respondents.anonymous', { number: index + 1 }),
  );
  const hasData = stats.some((theme) => theme.summary !== null);
  const hasAnswers = isTally
    ? Object.keys(session.tally).length > 0
    : session.respondents.some((respondent) => answeredCount(respondent.answers) > 0);
  return (
    <div className="results">
      <PageHeading>{t('results.title', { name: session.name })}</PageHeading>
      <p className="lead group-results__intro">{t('results.intro')}</p>
      {hasData && !isTally && session.respondents.length < MIN_ANSWERS_TO_SHOW ? (
        <Notice
          tone="info"
          title={t('results.few', { count: session.respondents.length, min: MIN_ANSWERS_TO_SHOW })}
        />
      ) : null}
      {!hasAnswers ? <p>{t('results.empty')}</p> : null}
      {hasAnswers && !hasData ? <p>{t('results.tooFew')}</p> : null}
      {!hasData ? null : (
        <>
          <section aria-labelledby="group-chart">
            <h2 id="group-chart" className="group-results__chart-title">
              {t('results.chartTitle')}
            </h2>
            {!isTally ? (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={showRespondents}
                  onChange={(e) => setShowRespondents(e.target.checked)}
                />
                {t('results.showRespondents')}
              </label>
            ) : null}
            <GroupRadar
              stats={stats}
              respondentScores={individual}
              respondentLabels={labels}
              showRespondents={showRespondents}
            />
            <GroupTable stats={stats} tally={isTally} />
            <p>{t('results.flagNote')}</p>
            {stats.some((theme) => theme.disagree) ? (
              <p>
                <Link href={`/workshop/${session.id}/discuss/1`} className="button button--primary">
                  {t('results.discuss')}
                </Link>
              </p>
            ) : null}
            <div className="button-row">
              <GroupCsvButton stats={stats} name={session.name} />
              <Link href={`/workshop/${session.id}/report`} className="button no-print">
                {t('results.report')}
              </Link>
            </div>
          </section>
          <section aria-labelledby="group-advice">
            <h2 id="group-advice">{t('advice.title')}</h2>
            <GroupAdviceList advice={groupAdvice(stats, adviceContent, profileFacts(profile))} />
          </section>
          <SaveSnapshotForm
            title={tr('snapshot.title')}
            intro={tr('snapshot.intro')}
            nameLabel={tr('snapshot.nameLabel')}
            saveLabel={tr('snapshot.save')}
            defaultName={session.name}
            savedMessage={
              <>
                {tr('snapshot.saved')} <Link href="/history">{tr('snapshot.toHistory')}</Link>
              </>
            }
            notSavedMessage={tr('snapshot.notSaved')}
            onSave={(name) =>
              saveSnapshot({
                kind: 'group',
                questionnaireVersion: questionnaire.version,
                ...scoresForSnapshot(groupScores(questionnaire, stats)),
                name,
                createdAt: new Date().toISOString(),
              }) !== null
            }
          />
        </>
      )}
      {hasAnswers ? (
        <section aria-labelledby="group-breakdown">
          <h2 id="group-breakdown">{t('breakdown.title')}</h2>
          {allThemes(questionnaire).map((theme) => (
            <StatementBreakdown
              key={theme.id}
              theme={theme}
              encoded={encoded}
              tally={isTally ? session.tally : null}
            />
          ))}
        </section>
      ) : null}
      <p>
        <Link href={`/workshop/${session.id}`}>{t('results.backToSession')}</Link>
      </p>
    </div>
  );
}
