import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { sizeOf } from '@/domain/advice';
import { toRadarSeries } from '@/domain/radar';
import { roundScore, weakestThemes } from '@/domain/scoring';
import { parseSharedResults, scoresFromShared } from '@/domain/shared-results';
import { readSharePayload } from '@/lib/share-link';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { RadarChart } from './radar-chart';
import { ScoreTable } from './score-table';
import { WeakestAdvice } from './weakest-advice';

/** Results someone shared as a link: read-only, nothing is saved on this device. */
export default function SharedResultsPage() {
  const { t, i18n } = useTranslation('results');
  const { payload = '' } = useParams<{ payload: string }>();
  const parsed = useMemo(
    () => parseSharedResults(readSharePayload(payload), questionnaire.version),
    [payload],
  );
  if (!parsed.ok) {
    return (
      <div className="results">
        <PageHeading>{t('shared.titleUnknown')}</PageHeading>
        <Notice tone="warning" title={t('shared.failed')}>
          <p>{t(`shared.errors.${parsed.reason}`)}</p>
        </Notice>
        <Link href="/">{t('shared.toStart')}</Link>
      </div>
    );
  }
  const shared = parsed.data;
  const scores = scoresFromShared(questionnaire, shared);
  const name = shared.profile.name ?? t('report.unnamed');
  const date = new Date(shared.sharedAt).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  return (
    <div className="results">
      <PageHeading>{t('shared.title', { name })}</PageHeading>
      <Notice tone="info" title={t('shared.readOnly', { date })} />
      <dl className="summary__scores">
        <div className="summary__item summary__item--overall">
          <dt>{t('summary.overall')}</dt>
          <dd>{roundScore(scores.overall) ?? '–'}</dd>
        </div>
      </dl>
      <RadarChart series={toRadarSeries(scores)} title={name} />
      <ScoreTable scores={scores} readOnly />
      <section aria-labelledby="shared-advice">
        <h2 id="shared-advice">{t('advice.title')}</h2>
        <WeakestAdvice
          themes={weakestThemes(scores)}
          size={sizeOf(shared.profile.members)}
          readOnly
        />
      </section>
      {shared.answers ? <p>{t('shared.withAnswers')}</p> : null}
    </div>
  );
}
