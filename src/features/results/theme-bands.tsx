import { useTranslation } from 'react-i18next';
import { type Level, levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import type { ScanScores, ThemeScore } from '@/domain/scoring';
import { bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

const LEVELS: Level[] = ['low', 'middle', 'high'];

/**
 * Every theme under its level in words (needs attention, under way, strong; then those with too
 * few answers), numbered and named as on the radar's spokes, with its score: the key that sits
 * right next to the chart and says in words what it shows.
 */
export function ThemeBands({ scores }: { scores: ScanScores }) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const numbered = scores.themes.map((theme, index) => ({ theme, number: index + 1 }));
  const item = ({ theme, number }: { theme: ThemeScore; number: number }) => (
    <li key={theme.themeId}>
      <span className="theme-bands__number">{number}</span> {tq(themeKey(theme.themeId, 'short'))}
      {theme.score === null ? null : (
        <>
          {' '}
          <span className="theme-bands__score">{roundScore(theme.score)}</span>
        </>
      )}
    </li>
  );
  const groups = LEVELS.map((level) => ({
    level,
    themes: numbered.filter(({ theme }) => theme.score !== null && levelOf(theme.score) === level),
  })).filter((group) => group.themes.length > 0);
  const thin = numbered.filter(({ theme }) => theme.score === null);
  return (
    <div className="theme-bands">
      <p className="theme-bands__note">{t('themes.intro')}</p>
      <dl className="theme-bands__groups">
        {groups.map((group) => (
          <div key={group.level} className="theme-bands__group">
            <dt>
              <Band level={group.level} label={tq(bandKey(group.level))} />
            </dt>
            <dd>
              <ul className="theme-bands__list">{group.themes.map(item)}</ul>
            </dd>
          </div>
        ))}
        {thin.length > 0 ? (
          <div className="theme-bands__group">
            <dt className="theme-bands__none">{tq('score.tooFewAnswers')}</dt>
            <dd>
              <ul className="theme-bands__list">{thin.map(item)}</ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
