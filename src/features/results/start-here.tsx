import { useTranslation } from 'react-i18next';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { type ScanScores, strongestThemes, type ThemeScore, weakestThemes } from '@/domain/scoring';
import { bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

/** The three themes to start with and the three strongest, in short; the advice follows below. */
export function StartHere({ scores }: { scores: ScanScores }) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const weakest = weakestThemes(scores);
  const strongest = strongestThemes(scores);
  const list = (themes: ThemeScore[]) => (
    <ol className="start-here__list">
      {themes.map((theme) => (
        <li key={theme.themeId}>
          <span className="start-here__name">{tq(themeKey(theme.themeId, 'title'))}</span>
          {theme.score === null ? null : (
            <span className="start-here__score">
              {roundScore(theme.score)}{' '}
              <Band level={levelOf(theme.score)} label={tq(bandKey(levelOf(theme.score)))} />
            </span>
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <section aria-labelledby="results-start" className="start-here">
      <h2 id="results-start">{t('start.title')}</h2>
      {weakest.length === 0 ? (
        <p>{t('start.none')}</p>
      ) : (
        <div className="start-here__columns">
          <section aria-labelledby="results-start-weakest">
            <h3 id="results-start-weakest">{t('start.weakest', { count: weakest.length })}</h3>
            {list(weakest)}
          </section>
          {strongest.length > 0 ? (
            <section aria-labelledby="results-start-strongest">
              <h3 id="results-start-strongest">
                {t('start.strongest', { count: strongest.length })}
              </h3>
              {list(strongest)}
            </section>
          ) : null}
        </div>
      )}
    </section>
  );
}
