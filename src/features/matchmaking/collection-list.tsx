import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeCard } from '@/domain/exchange-card';
import { useMatchmakingStore } from '@/stores/matchmaking-store';

/** Rows shown before "Show all": a long table costs time to draw; the rest is one click away. */
const FIRST_ROWS = 25;

/** The collectives whose cards are here: each with its match list, and a way to remove it. */
export function CollectionList({ cards }: { cards: readonly ExchangeCard[] }) {
  const { t, i18n } = useTranslation('matchmaking');
  const removeCard = useMatchmakingStore((state) => state.removeCard);
  const [all, setAll] = useState(false);
  const shown = all ? cards : cards.slice(0, FIRST_ROWS);
  // One formatter for every row: toLocaleDateString makes a new one per call, slowly.
  const day = useMemo(() => new Intl.DateTimeFormat(i18n.language), [i18n.language]);
  return (
    <section aria-labelledby="collection" className="collection">
      <h2 id="collection" tabIndex={-1}>
        {t('collection.title', { count: cards.length })}
      </h2>
      <div className="overview__scroll">
        <table className="collection__table">
          <thead>
            <tr>
              <th scope="col">{t('collection.name')}</th>
              <th scope="col">{t('collection.place')}</th>
              <th scope="col">{t('collection.made')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('collection.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((card) => (
              <tr key={card.id}>
                <th scope="row">{card.name}</th>
                <td className="collection__place">{card.place ?? '–'}</td>
                <td className="collection__date">{day.format(new Date(card.madeAt))}</td>
                <td className="collection__actions">
                  {/* A plain link (the route is the hash): a router link per row costs a subscription each. */}
                  <a
                    href={`#/matchmaking/${card.id}`}
                    aria-label={t('collection.listNamed', { name: card.name })}
                  >
                    {t('collection.list')}
                  </a>
                  <button
                    type="button"
                    className="button button--small no-print"
                    aria-label={t('collection.removeNamed', { name: card.name })}
                    onClick={() => removeCard(card.id)}
                  >
                    {t('collection.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < cards.length ? (
        <button type="button" className="button" onClick={() => setAll(true)}>
          {t('collection.showAll', { count: cards.length })}
        </button>
      ) : null}
    </section>
  );
}
