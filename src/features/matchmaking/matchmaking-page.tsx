import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatchmakingStore } from '@/stores/matchmaking-store';
import { PageHeading } from '@/ui/page-heading';
import { AddCards } from './add-cards';
import { CollectionList } from './collection-list';
import { MatchesCsvButton } from './matches-csv-button';
import { MatchmakingIndex } from './matchmaking-index';
import { OverviewTable } from './overview-table';
import { ThemeMatches } from './theme-matches';
import './matchmaking.css';

/**
 * Regional matchmaking (`#/matchmaking`), for whoever gathers the exchange cards of many
 * collectives: open them all, see who is strong where and who wants to learn what, and find for
 * each question the collectives to call. The cards stay on this device.
 */
export function MatchmakingPage() {
  const { t } = useTranslation('matchmaking');
  // The overview and matches follow a large intake in the background, so the page stays responsive.
  const cards = useDeferredValue(useMatchmakingStore((state) => state.cards));
  const clearCards = useMatchmakingStore((state) => state.clearCards);
  return (
    <div className="matchmaking">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      <p>{t('private')}</p>
      {cards.length > 0 ? <MatchmakingIndex count={cards.length} /> : null}
      <AddCards />
      {cards.length === 0 ? (
        <p>{t('emptyCollection')}</p>
      ) : (
        <>
          <OverviewTable cards={cards} />
          <ThemeMatches cards={cards} />
          <CollectionList cards={cards} />
          <div className="button-row no-print">
            <MatchesCsvButton cards={cards} />
            <button type="button" className="button" onClick={clearCards}>
              {t('collection.clear')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
