import { useTranslation } from 'react-i18next';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import type { ScanScores } from '@/domain/scoring';
import { areaKey, bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

/** Every theme, by area, with its score and its level in words: what the radar shows, as text. */
export function ThemeBands({ scores }: { scores: ScanScores }) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  let number = 0;
  return (
    <div className="theme-bands">
      <p className="theme-bands__note">{t('themes.intro')}</p>
      {scores.areas.map((area) => (
        <section key={area.areaId} aria-labelledby={`bands-${area.areaId}`}>
          <h3 id={`bands-${area.areaId}`}>{tq(areaKey(area.areaId, 'title'))}</h3>
          <ul className="theme-bands__list">
            {area.themes.map((theme) => {
              number += 1;
              return (
                <li key={theme.themeId}>
                  <span className="theme-bands__name">
                    {number}. {tq(themeKey(theme.themeId, 'title'))}
                  </span>
                  {theme.score === null ? (
                    <span className="theme-bands__none">{tq('score.tooFewAnswers')}</span>
                  ) : (
                    <>
                      <span className="theme-bands__score">{roundScore(theme.score)}</span>
                      <Band
                        level={levelOf(theme.score)}
                        label={tq(bandKey(levelOf(theme.score)))}
                      />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
