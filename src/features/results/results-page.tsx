import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { profileFacts } from '@/domain/advice';
import { scoresForSnapshot } from '@/domain/records';
import { weakestThemes } from '@/domain/scoring';
import { preloadScreenTexts, SCREEN_TEXTS, type ScreenTexts } from '@/domain/screen-texts';
import { themeKey } from '@/lib/i18n-keys';
import { useScanResult } from '@/stores/scan-result';
import { AfterFirstPaint } from '@/ui/after-first-paint';
import { PageHeading } from '@/ui/page-heading';
import { preloadRadar } from '@/ui/radar';
import { ActionPlan } from './action-plan';
import { AreaSummary } from './area-summary';
import { FROM_RESULTS } from './from-results';
import { ProfileAdvice } from './profile-advice';
import { ResultRadar } from './result-radar';
import { RESULTS_SECTIONS, ResultsIndex } from './results-index';
import { SaveSnapshot } from './save-snapshot';
import { ScoreTable } from './score-table';
import { ShareAnswers } from './share-answers';
import { ShareResults } from './share-results';
import { StartHere } from './start-here';
import { ThemeBands } from './theme-bands';
import { WeakestAdvice } from './weakest-advice';
import './results.css';

/** For the shell's idle preload (src/app/routes.tsx): the texts, then the radar's chart module. */
export function preloadResults(i18n: ScreenTexts): Promise<unknown> {
  preloadRadar();
  return preloadScreenTexts(i18n, 'results');
}

/**
 * The results: first the picture (the radar, each theme's level in words, and an index of the
 * page), then the three themes to start with and the three strongest, then the details: advice,
 * plan, numbers, keeping, sharing. Everything is computed from the answers that count, with what
 * the profile rules out marked not applicable.
 */
export function ResultsPage() {
  // Every text file of the screen at once, rather than one after another as its parts render.
  const { t, i18n } = useTranslation(SCREEN_TEXTS.results);
  const { t: tq } = useTranslation('questionnaire');
  const { answers, profile, exclusions, effective, scores } = useScanResult();
  const weakest = weakestThemes(scores);
  const facts = profileFacts(profile);
  // Every theme without a score that has statements to answer: half-done and not yet started.
  const thin = scores.themes.filter((theme) => theme.score === null && theme.applicable > 0);
  const title = profile.name ? t('titleFor', { name: profile.name }) : t('title');

  if (Object.keys(answers).length === 0) {
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

      <section aria-labelledby="results-chart" className="results__chart">
        <h2 id="results-chart">{t('radar.title')}</h2>
        <p className="scale-note">{tq('score.higherIsStronger')}</p>
        <ResultRadar scores={scores} title={title} name={profile.name} />
        <ThemeBands scores={scores} />
        <ResultsIndex />
      </section>

      <AfterFirstPaint>
        <p className="lead">{t('intro')}</p>

        <StartHere scores={scores} />

        {thin.length > 0 ? (
          <section aria-labelledby="results-thin" className="thin">
            <h2 id="results-thin">{t('thin.title')}</h2>
            <p>{t('thin.text')}</p>
            <ul>
              {thin.map((theme) => (
                <li key={theme.themeId}>
                  <Link href={`/scan/${theme.themeId}`} state={FROM_RESULTS}>
                    {tq(themeKey(theme.themeId, 'title'))}
                  </Link>{' '}
                  ({t('table.answeredValue', { counted: theme.counted, total: theme.applicable })})
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby={RESULTS_SECTIONS.advice}>
          <h2 id={RESULTS_SECTIONS.advice} tabIndex={-1}>
            {t('advice.title')}
          </h2>
          {weakest.length > 0 ? (
            <>
              <p>{t('advice.intro', { count: weakest.length })}</p>
              <WeakestAdvice themes={weakest} facts={facts} answers={effective} />
              <p className="advice__plan">{t('advice.plan')}</p>
            </>
          ) : (
            <p>{t('advice.none')}</p>
          )}
          <ProfileAdvice facts={facts} exclusions={exclusions} />
        </section>

        <ActionPlan />

        <section aria-labelledby={RESULTS_SECTIONS.numbers}>
          <h2 id={RESULTS_SECTIONS.numbers} tabIndex={-1}>
            {t('summary.title')}
          </h2>
          <AreaSummary scores={scores} />
          <ScoreTable scores={scores} />
        </section>

        <section aria-labelledby={RESULTS_SECTIONS.keep} className="no-print">
          <h2 id={RESULTS_SECTIONS.keep} tabIndex={-1}>
            {t('keep.title')}
          </h2>
          <div className="button-row">
            <Link href="/report" className="button button--primary">
              {t('keep.report')}
            </Link>
            <Link href="/municipality" className="button">
              {t('keep.sheet')}
            </Link>
            <Link href="/history" className="button">
              {t('keep.history')}
            </Link>
            <Link href="/data" className="button">
              {t('keep.data')}
            </Link>
            <Link href="/card" className="button">
              {t('keep.card')}
            </Link>
          </div>
        </section>

        <SaveSnapshot
          defaultName={t('snapshot.defaultName', {
            date: new Date().toLocaleDateString(i18n.language),
          })}
          snapshot={() => ({
            kind: 'individual',
            questionnaireVersion: questionnaire.version,
            ...scoresForSnapshot(scores),
            profile,
            answers,
          })}
        />

        <ShareResults scores={scores} answers={effective} />

        <ShareAnswers answers={effective} />

        <p>
          <Link href="/method">{t('methodLink')}</Link>
        </p>
      </AfterFirstPaint>
    </div>
  );
}
