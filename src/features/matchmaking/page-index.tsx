import { useTranslation } from 'react-i18next';
import { jumpTo } from '@/lib/jump-to';

/**
 * "On this page": from the top to the overview (the part shown on a projector), the matches and
 * the list of collectives. Buttons, not `#id` links: the URL hash holds the route.
 */
export function PageIndex({ count }: { count: number }) {
  const { t } = useTranslation('matchmaking');
  const entries = [
    ['overview', t('overview.title')],
    ['theme-matches', t('matches.title')],
    ['collection', t('collection.title', { count })],
  ] as const;
  return (
    <nav className="page-index no-print" aria-labelledby="page-index">
      <p id="page-index" className="page-index__title">
        {t('index')}
      </p>
      <ul className="page-index__list">
        {entries.map(([id, label]) => (
          <li key={id}>
            <button type="button" className="button button--small" onClick={() => jumpTo(id)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
