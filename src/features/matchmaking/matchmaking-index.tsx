import { useTranslation } from 'react-i18next';
import { PageIndex } from '@/ui/page-index';

/**
 * "On this page" on matchmaking: from the top to the overview (the part shown on a projector),
 * the matches and the list of collectives.
 */
export function MatchmakingIndex({ count }: { count: number }) {
  const { t } = useTranslation('matchmaking');
  return (
    <PageIndex
      className="matchmaking-index"
      title={t('index')}
      entries={[
        ['overview', t('overview.title')],
        ['theme-matches', t('matches.title')],
        ['collection', t('collection.title', { count })],
      ]}
    />
  );
}
