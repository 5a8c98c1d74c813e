import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { currentLayout, editions } from '@/content/editions';
import { questionnaire } from '@/content/questionnaire';
import { profileFacts } from '@/domain/advice';
import { decodeAnswers } from '@/domain/compact-answers';
import { weakestThemes } from '@/domain/scoring';
import { parseSharedResults, scoresFromShared } from '@/domain/shared-results';
import { readShareLink } from '@/lib/share-link';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { AreaSummary } from './area-summary';
import { ResultRadar } from './result-radar';
import { ScoreTable } from './score-table';
import { ThemeBands } from './theme-bands';
import { WeakestAdvice } from './weakest-advice';
import './results.css';

/** Results someone shared as a link: read-only, nothing is saved on this device. */
export function SharedResultsPage() {
  const { t, i18n } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  // The route is `/…/*`: everything after it, slashes included.
  const { '*': payload = '' } = useParams<{ '*': string }>();
  // The link is checked to its last character, then its contents (dates and answers included).
  const parsed = useMemo(() => {
    const link = readShareLink(payload);
    if (!link.ok) return link;
    return parseSharedResults(link.value, Object.keys(editions.layouts), editions.layouts);
  }, [payload]);
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
  const sameEdition = shared.questionnaireVersion === questionnaire.version;
  // The shared answers (when included) name the weak statements; only for today's edition.
  const decoded =
    sameEdition && shared.answers ? decodeAnswers(currentLayout, shared.answers) : null;
  const name = shared.profile.name ?? t('report.unnamed');
  const date = new Date(shared.sharedAt).toLocaleDateString(i18n.language, { dateStyle: 'long' });
  return (
    <div className="results">
      <PageHeading>{t('shared.title', { name })}</PageHeading>
      <Notice tone="info" title={t('shared.readOnly', { date })}>
        {sameEdition ? null : (
          <p>{t('shared.edition', { edition: shared.questionnaireVersion })}</p>
        )}
      </Notice>
      <p className="scale-note">{tq('score.higherIsStronger')}</p>
      <ResultRadar scores={scores} title={name} name={shared.profile.name} />
      <ThemeBands scores={scores} />
      <section aria-labelledby="shared-advice">
        <h2 id="shared-advice">{t('advice.title')}</h2>
        <WeakestAdvice
          themes={weakestThemes(scores)}
          facts={profileFacts(shared.profile)}
          {...(decoded?.ok ? { answers: decoded.value } : {})}
          readOnly
        />
      </section>
      <section aria-labelledby="shared-numbers">
        <h2 id="shared-numbers">{t('summary.title')}</h2>
        <AreaSummary scores={scores} />
        <ScoreTable scores={scores} readOnly />
      </section>
      {shared.answers ? <p>{t('shared.withAnswers')}</p> : null}
    </div>
  );
}
