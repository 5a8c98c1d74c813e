import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { profileFacts } from '@/domain/advice';
import { roundScore } from '@/domain/math';
import { scoresForSnapshot } from '@/domain/records';
import { hasEnoughAnswers, scoreAssessment, weakestThemes } from '@/domain/scoring';
import { areaKey, themeKey } from '@/lib/i18n-keys';
import { useScanStore } from '@/stores/scan-store';
import { PageHeading } from '@/ui/page-heading';
import { ActionPlan } from './action-plan';
import { ResultRadar } from './result-radar';
import { SaveSnapshot } from './save-snapshot';
import { ScoreTable } from './score-table';
import { ShareAnswers } from './share-answers';
import { ShareResults } from './share-results';
import { WeakestAdvice } from './weakest-advice';
import './results.css';

/** The results: overall and area scores, the radar, the numbers as a table, and advice. */
export function ResultsPage() {
  const { t, i18n } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const answers = useScanStore((state) => state.answers);
  const profile = useScanStore((state) => state.profile);
  const scores = useMemo(() => scoreAssessment(questionnaire, answers), [answers]);
  const weakest = weakestThemes(scores);
  const scoredAreas = scores.areas.filter((area) => area.score !== null).length;
  const thin = scores.themes.filter((theme) => !hasEnoughAnswers(theme));
  const title = profile.name ? t('titleFor', { name: profile.name }) : t('title');

  if (scores.overall === null) {
    return (
      <div className="results">
        <PageHeading>{title}</PageHeading>
        <p>{t('empty')}</p>
        <Link href="/scan/profile" className="button button--primary">
          {t('startScan')}
        </Link>
      </div>
    );
  }

  return (
    <div className="results">
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('intro')}</p>

      <section aria-labelledby="results-summary" className="summary">
        <h2 id="results-summary">{t('summary.title')}</h2>
        <dl className="summary__scores">
          <div className="summary__item summary__item--overall">
            <dt>{t('summary.overall')}</dt>
            <dd>{t('summary.value', { score: roundScore(scores.overall) })}</dd>
            {scoredAreas < scores.areas.length ? (
              <dd className="summary__note">
                {t('summary.partial', { count: scoredAreas, total: scores.areas.length })}
              </dd>
            ) : null}
          </div>
          {scores.areas.map((area) => (
            <div key={area.areaId} className="summary__item">
              <dt>{tq(areaKey(area.areaId, 'title'))}</dt>
              <dd>
                {area.score === null
                  ? t('table.notEnough')
                  : t('summary.value', { score: roundScore(area.score) })}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="results-chart" className="results__chart">
        <h2 id="results-chart">{t('radar.title')}</h2>
        <ResultRadar scores={scores} title={title} />
        <ScoreTable scores={scores} />
      </section>

      <section aria-labelledby="results-advice">
        <h2 id="results-advice">{t('advice.title')}</h2>
        {weakest.length > 0 ? (
          <>
            <p>{t('advice.intro', { count: weakest.length })}</p>
            <WeakestAdvice themes={weakest} facts={profileFacts(profile)} />
            <p className="advice__plan">{t('advice.plan')}</p>
          </>
        ) : (
          <p>{t('advice.none')}</p>
        )}
      </section>

      {thin.length > 0 ? (
        <section aria-labelledby="results-thin" className="thin">
          <h2 id="results-thin">{t('thin.title')}</h2>
          <p>{t('thin.text')}</p>
          <ul>
            {thin.map((theme) => (
              <li key={theme.themeId}>
                <Link href={`/scan/${theme.themeId}`}>{tq(themeKey(theme.themeId, 'title'))}</Link>{' '}
                ({t('table.answeredValue', { counted: theme.counted, total: theme.total })})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <ActionPlan />

      <SaveSnapshot
        defaultName={t('snapshot.defaultName', {
          date: new Date().toLocaleDateString(i18n.language),
        })}
        snapshot={() => ({
          kind: 'individual',
          ...scoresForSnapshot(scores),
          profile,
          answers,
        })}
      />

      <section aria-labelledby="results-keep" className="no-print">
        <h2 id="results-keep">{t('keep.title')}</h2>
        <div className="button-row">
          <Link href="/report" className="button button--primary">
            {t('keep.report')}
          </Link>
          <Link href="/history" className="button">
            {t('keep.history')}
          </Link>
          <Link href="/data" className="button">
            {t('keep.data')}
          </Link>
        </div>
      </section>

      <ShareResults scores={scores} />

      <ShareAnswers />

      <p>
        <Link href="/method">{t('methodLink')}</Link>
      </p>
    </div>
  );
}
