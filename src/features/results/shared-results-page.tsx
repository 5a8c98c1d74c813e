import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { profileFacts } from '@/domain/advice';
import { roundScore } from '@/domain/math';
import { weakestThemes } from '@/domain/scoring';
import { parseSharedResults, scoresFromShared } from '@/domain/shared-results';
import { readSharePayload } from '@/lib/share-link';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { ResultRadar } from './result-radar';
import { ScoreTable } from './score-table';
import { WeakestAdvice } from './weakest-advice';
import './results.css';

/** Results someone shared as a link: read-only, nothing is saved on this device. */
export function SharedResultsPage() {
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
          <p>{t(`shared.errors.${parsed.error}`)}</p>
        </Notice>
        <Link href="/">{t('shared.toStart')}</Link>
      </div>
    );
  }
  const shared = parsed.value;
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
      <ResultRadar scores={scores} title={name} />
      <ScoreTable scores={scores} readOnly />
      <section aria-labelledby="shared-advice">
        <h2 id="shared-advice">{t('advice.title')}</h2>
        <WeakestAdvice
          themes={weakestThemes(scores)}
          facts={profileFacts(shared.profile)}
          readOnly
        />
      </section>
      {shared.answers ? <p>{t('shared.withAnswers')}</p> : null}
    </div>
  );
}
