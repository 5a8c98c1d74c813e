import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_THEMES_V1, type CardThemeId, type ExchangeCard } from '@/domain/exchange-card';
import { MATCHES_SHOWN, rankSharers } from '@/domain/matching';
import { themeKey } from '@/lib/i18n-keys';
import { MatchItem } from './match-item';
import { RuleNote } from './rule-note';

/** Collectives shown before "Show all": each brings its ranked list. */
const FIRST_LEARNERS = 10;

/** Matches for one theme: every collective that wants to learn about it, with who can share. */
export function ThemeMatches({ cards }: { cards: readonly ExchangeCard[] }) {
  const { t } = useTranslation('matchmaking');
  const { t: tq } = useTranslation('questionnaire');
  const selectId = useId();
  const asked = CARD_THEMES_V1.find((theme) =>
    cards.some((card) => card.learn.some((line) => line.theme === theme)),
  );
  const [theme, setTheme] = useState<CardThemeId>(asked ?? CARD_THEMES_V1[0]);
  const [all, setAll] = useState(false);
  const learners = cards.filter((card) => card.learn.some((line) => line.theme === theme));
  const shown = all ? learners : learners.slice(0, FIRST_LEARNERS);
  const themeName = tq(themeKey(theme, 'title'));

  return (
    <section aria-labelledby="theme-matches" className="theme-matches">
      <h2 id="theme-matches" tabIndex={-1}>
        {t('matches.title')}
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('matches.theme')}
        </label>
        <select
          id={selectId}
          value={theme}
          onChange={(event) => setTheme(event.target.value as CardThemeId)}
        >
          {CARD_THEMES_V1.map((id) => (
            <option key={id} value={id}>
              {tq(themeKey(id, 'title'))}
            </option>
          ))}
        </select>
      </div>
      <RuleNote />
      {learners.length === 0 ? (
        <p>{t('matches.noLearners', { theme: themeName })}</p>
      ) : (
        <ul className="theme-matches__learners">
          {shown.map((learner) => {
            const matches = rankSharers(cards, learner, theme);
            const question = learner.learn.find((line) => line.theme === theme)?.line;
            return (
              <li key={learner.id}>
                <h3>{t('matches.wants', { name: learner.name, theme: themeName })}</h3>
                {question ? <p className="match-item__line">“{question}”</p> : null}
                {matches.length === 0 ? (
                  <p>{t('matches.none')}</p>
                ) : (
                  <ol
                    className="theme-matches__list"
                    aria-label={t('matches.listFor', { name: learner.name, theme: themeName })}
                  >
                    {matches.slice(0, MATCHES_SHOWN).map((match) => (
                      <MatchItem key={match.card.id} match={match} theme={theme} t={t} />
                    ))}
                  </ol>
                )}
                {matches.length > MATCHES_SHOWN ? (
                  <p>{t('matches.more', { count: matches.length - MATCHES_SHOWN })}</p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {shown.length < learners.length ? (
        <button type="button" className="button" onClick={() => setAll(true)}>
          {t('matches.showAll', { count: learners.length })}
        </button>
      ) : null}
    </section>
  );
}
