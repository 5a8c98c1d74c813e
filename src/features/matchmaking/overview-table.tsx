import { useTranslation } from 'react-i18next';
import type { ExchangeCard } from '@/domain/exchange-card';
import { overview } from '@/domain/matching';
import { themeKey } from '@/lib/i18n-keys';

/** Names shown per cell; the count says how many there are in all (the matches list them all). */
const NAMES_SHOWN = 8;

/**
 * The theme × collective overview: for each theme, who can share on it and who wants to learn
 * about it. Names in words, counts in numbers; large enough to read from the back of a room.
 */
export function OverviewTable({ cards }: { cards: readonly ExchangeCard[] }) {
  const { t } = useTranslation('matchmaking');
  const { t: tq } = useTranslation('questionnaire');
  const rows = overview(cards);
  const names = (pick: (index: number) => boolean) => {
    const picked = cards.filter((_, index) => pick(index)).map((card) => card.name);
    const shown = picked.slice(0, NAMES_SHOWN).join(', ');
    return picked.length > NAMES_SHOWN
      ? t('overview.more', { names: shown, count: picked.length - NAMES_SHOWN })
      : shown;
  };
  return (
    <section aria-labelledby="overview" className="overview">
      <h2 id="overview" tabIndex={-1}>
        {t('overview.title')}
      </h2>
      <p>{t('overview.intro')}</p>
      <div className="overview__scroll">
        <table className="overview__table">
          <caption className="visually-hidden">{t('overview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.theme')}</th>
              <th scope="col">{t('overview.share')}</th>
              <th scope="col">{t('overview.learn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.theme}>
                <th scope="row">{tq(themeKey(row.theme, 'title'))}</th>
                <td>
                  <span className="overview__count">{row.sharing}</span>{' '}
                  {names((index) => row.cells[index]?.shares === true)}
                </td>
                <td>
                  <span className="overview__count">{row.learning}</span>{' '}
                  {names((index) => row.cells[index]?.learns === true)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
