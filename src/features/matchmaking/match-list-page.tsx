import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { MATCHES_SHOWN, matchesFor } from '@/domain/matching';
import { themeKey } from '@/lib/i18n-keys';
import { printPage } from '@/lib/print';
import { useMatchmakingStore } from '@/stores/matchmaking-store';
import { PageHeading } from '@/ui/page-heading';
import { MatchItem } from './match-item';
import './matchmaking.css';

/**
 * One collective's match list (`#/matchmaking/<id>`), one printed page: for each theme it wants to
 * learn about, the three collectives to call, and the rule that ranked them.
 */
export function MatchListPage() {
  const { t, i18n } = useTranslation('matchmaking');
  const { t: tq } = useTranslation('questionnaire');
  const { id } = useParams<{ id: string }>();
  const cards = useMatchmakingStore((state) => state.cards);
  const learner = cards.find((card) => card.id === id);

  if (!learner) {
    return (
      <div className="matchmaking">
        <PageHeading>{t('list.missing')}</PageHeading>
        <Link href="/matchmaking">{t('list.back')}</Link>
      </div>
    );
  }
  const themes = matchesFor(cards, learner);
  return (
    <div className="matchmaking match-list">
      <div className="button-row no-print">
        <button type="button" className="button button--primary" onClick={printPage}>
          {t('list.print')}
        </button>
        <Link href="/matchmaking" className="button">
          {t('list.back')}
        </Link>
      </div>
      <PageHeading>{t('list.title', { name: learner.name })}</PageHeading>
      <p className="match-list__meta">
        {t('list.meta', {
          count: cards.length,
          date: new Date().toLocaleDateString(i18n.language, { dateStyle: 'long' }),
        })}
      </p>
      {themes.length === 0 ? <p>{t('list.noQuestions')}</p> : null}
      {themes.map(({ theme, question, matches }) => {
        const themeName = tq(themeKey(theme, 'title'));
        const shown = matches.slice(0, MATCHES_SHOWN);
        return (
          <section key={theme} className="match-list__theme" aria-labelledby={`list-${theme}`}>
            <h2 id={`list-${theme}`}>
              {t('list.toCall', { count: shown.length, theme: themeName })}
            </h2>
            {question ? <p className="match-item__line">“{question}”</p> : null}
            {shown.length === 0 ? (
              <p>{t('matches.none')}</p>
            ) : (
              <ol className="theme-matches__list">
                {shown.map((match) => (
                  <MatchItem key={match.card.id} match={match} theme={theme} t={t} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <p className="match-list__rule">{t('rule.short')}</p>
    </div>
  );
}
