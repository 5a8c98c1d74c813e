import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { answeredCount } from '@/domain/compact-answers';
import { emptyThemeStats, MIN_ANSWERS_TO_SHOW, respondentRows } from '@/domain/group';
import { allThemes } from '@/domain/questionnaire';
import { preloadScreenTexts, SCREEN_TEXTS, type ScreenTexts } from '@/domain/screen-texts';
import { useSession } from '@/stores/session-store';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { preloadRadar } from '@/ui/radar';
import { GroupRadar } from './group-radar';
import { GroupChartActions, GroupResultsAdvice } from './group-results-parts';
import { GroupTable } from './group-table';
import { StatementBreakdown } from './statement-breakdown';
import { useGroupFigures } from './use-group-figures';
import './group-results.css';
import './workshop.css';

/** Every theme, no figures yet: what the chart and table show while a large group's are worked out. */
const pendingStats = emptyThemeStats(questionnaire);

/** For the shell's idle preload from a session (src/app/routes.tsx): this screen's texts. */
export function preloadGroupResults(i18n: ScreenTexts): Promise<unknown> {
  return preloadScreenTexts(i18n, 'groupResults');
}

/** A group session's results: spread per theme, where the group disagrees, and what to do first. */
export function GroupResultsPage() {
  // Every text the results need, loaded at once rather than one after another as parts show.
  const { t } = useTranslation(SCREEN_TEXTS.groupResults);
  const { id = '' } = useParams<{ id: string }>();
  const session = useSession(id);
  const [showRespondents, setShowRespondents] = useState(false);
  const isTally = session?.method === 'tally';
  const figures = useGroupFigures(session);
  // While a large group's figures are worked out, the chart's code loads, so the radar is drawn
  // as soon as they are there.
  const waiting = session !== undefined && figures === null;
  useEffect(() => {
    if (waiting) preloadRadar();
  }, [waiting]);
  // What lies below the table (advice, statement counts) is added right after the first paint.
  const below = useDeferredValue(true, false);
  // Each respondent's line only on request: 10,000 of them are not laid out for nothing.
  const individual = useMemo(
    () =>
      figures && showRespondents && !isTally
        ? respondentRows(figures.scores, figures.themeCount)
        : [],
    [figures, showRespondents, isTally],
  );

  const respondents = session?.respondents;
  const labels = useMemo(
    () =>
      showRespondents && respondents
        ? respondents.map(
            (respondent, index) =>
              respondent.name || t('respondents.anonymous', { number: index + 1 }),
          )
        : [],
    [showRespondents, respondents, t],
  );

  if (!session) {
    return (
      <>
        <PageHeading>{t('session.notFound')}</PageHeading>
        <Link href="/workshop">{t('session.back')}</Link>
      </>
    );
  }
  const hasAnswers = isTally
    ? Object.keys(session.tally).length > 0
    : session.respondents.some((respondent) => answeredCount(respondent.answers) > 0);
  // While a large group's figures are worked out, the chart and the table keep their place and
  // the rest of the page follows once they are there (nothing on screen moves).
  const working = figures === null && hasAnswers;
  const stats = figures?.stats ?? (working ? pendingStats : []);
  const hasData = working || stats.some((theme) => theme.summary !== null);
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
      {hasData ? (
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
          <div className="group-results__figure" aria-busy={working}>
            <GroupRadar
              stats={stats}
              respondentScores={individual}
              respondentLabels={labels}
              showRespondents={showRespondents && !working}
              pending={working}
            />
            {working ? (
              <p role="status" className="group-results__working">
                {t('results.working')}
              </p>
            ) : null}
          </div>
          <GroupTable stats={stats} tally={isTally} pending={working} />
          {working ? null : <GroupChartActions session={session} stats={stats} />}
        </section>
      ) : null}
      {below && hasData && !working ? <GroupResultsAdvice session={session} stats={stats} /> : null}
      {below && hasAnswers && figures ? (
        <section aria-labelledby="group-breakdown">
          <h2 id="group-breakdown">{t('breakdown.title')}</h2>
          {allThemes(questionnaire).map((theme) => (
            <StatementBreakdown key={theme.id} theme={theme} encoded={[]} tally={figures.counts} />
          ))}
        </section>
      ) : null}
      {working ? null : (
        <p>
          <Link href={`/workshop/${session.id}`}>{t('results.backToSession')}</Link>
        </p>
      )}
    </div>
  );
}
