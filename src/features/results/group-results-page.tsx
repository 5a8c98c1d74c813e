import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { adviceRules } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import { sizeOf } from '@/domain/advice';
import {
  groupAdvice,
  groupThemeStats,
  MIN_ANSWERS_TO_SHOW,
  tallyThemeStats,
  themeScoresOfRespondents,
} from '@/domain/group';
import { allThemes } from '@/domain/questionnaire';
import { toGroupRadarSeries } from '@/domain/radar';
import { groupScoresForSnapshot } from '@/domain/records';
import { useScanStore } from '@/stores/scan-store';
import { useSession } from '@/stores/session-store';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { GroupAdviceList } from './group-advice-list';
import { GroupCsvButton } from './group-csv-button';
import { GroupRadar } from './group-radar';
import { GroupTable } from './group-table';
import { SaveSnapshot } from './save-snapshot';
import { StatementBreakdown } from './statement-breakdown';

/** A group session's results: spread per theme, where the group disagrees, and what to do first. */
export default function GroupResultsPage() {
  const { t } = useTranslation('workshop');
  const { id = '' } = useParams<{ id: string }>();
  const session = useSession(id);
  const members = useScanStore((state) => state.profile.members);
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
  return (
    <div className="results">
      <PageHeading>{t('results.title', { name: session.name })}</PageHeading>
      <p className="lead">{t('results.intro')}</p>
      {hasData && !isTally && session.respondents.length < MIN_ANSWERS_TO_SHOW ? (
        <Notice
          tone="info"
          title={t('results.few', { count: session.respondents.length, min: MIN_ANSWERS_TO_SHOW })}
        />
      ) : null}
      {!hasData ? (
        <p>{t('results.empty')}</p>
      ) : (
        <>
          <section aria-labelledby="group-chart">
            <h2 id="group-chart">{t('results.chartTitle')}</h2>
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
              series={toGroupRadarSeries(stats, individual)}
              showRespondents={showRespondents}
              respondentLabels={labels}
            />
            <GroupTable stats={stats} tally={isTally} />
            <p>{t('results.flagNote')}</p>
            <GroupCsvButton stats={stats} name={session.name} />
          </section>
          <section aria-labelledby="group-advice">
            <h2 id="group-advice">{t('advice.title')}</h2>
            <GroupAdviceList advice={groupAdvice(stats, adviceRules, sizeOf(members))} />
          </section>
          <SaveSnapshot
            defaultName={session.name}
            snapshot={() => ({ kind: 'group', ...groupScoresForSnapshot(stats) })}
          />
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
        </>
      )}
      <p>
        <Link href={`/workshop/${session.id}`}>{t('results.backToSession')}</Link>
      </p>
    </div>
  );
}
