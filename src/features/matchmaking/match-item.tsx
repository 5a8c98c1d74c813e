import type { TFunction } from 'i18next';
import type { CardThemeId } from '@/domain/exchange-card';
import type { Match } from '@/domain/matching';

type MatchItemProps = { match: Match; theme: CardThemeId; t: TFunction<'matchmaking'> };

/**
 * One collective that can share on a theme: name, score, what it offers, marks and contact. `t`
 * comes from the list (hundreds of items each asking for it themselves cost a blocking render).
 */
export function MatchItem({ match, theme, t }: MatchItemProps) {
  const { card } = match;
  const offer = card.share.find((line) => line.theme === theme)?.line;
  return (
    <li className="match-item">
      <strong>{card.name}</strong>
      {card.place ? ` · ${card.place}` : ''} ·{' '}
      {match.score === null ? t('match.noScore') : t('match.score', { score: match.score })}
      {match.crossSector ? (
        <span className="match-item__mark">
          {' '}
          <span aria-hidden="true">↔ </span>
          {t('match.crossSector')}
        </span>
      ) : null}
      {match.samePlace ? <span className="match-item__mark"> · {t('match.samePlace')}</span> : null}
      {offer ? <span className="match-item__line">“{offer}”</span> : null}
      {card.contact ? (
        <span className="match-item__contact">
          {t('match.contact')}: {card.contact}
        </span>
      ) : null}
    </li>
  );
}
