import { useTranslation } from 'react-i18next';
import { jumpTo } from '@/lib/jump-to';

/** The headings the index reaches, by id; each carries tabIndex -1 so it can take focus. */
export const RESULTS_SECTIONS = {
  advice: 'results-advice',
  plan: 'action-plan',
  numbers: 'results-numbers',
  keep: 'results-keep',
  share: 'share-results',
  handIn: 'share-answers',
} as const;

/**
 * "On this page": reaches the parts below the picture (advice, plan, numbers, keep and compare,
 * share, share with the facilitator) from the top of a long page. Buttons, not `#id` links:
 * the URL hash holds the route.
 */
export function ResultsIndex() {
  const { t } = useTranslation('results');
  const { t: tw } = useTranslation('workshop');
  const entries = [
    [RESULTS_SECTIONS.advice, t('advice.title')],
    [RESULTS_SECTIONS.plan, t('plan.title')],
    [RESULTS_SECTIONS.numbers, t('summary.title')],
    [RESULTS_SECTIONS.keep, t('keep.title')],
    [RESULTS_SECTIONS.share, t('shareResults.title')],
    [RESULTS_SECTIONS.handIn, tw('share.title')],
  ] as const;
  return (
    <nav className="results-index no-print" aria-labelledby="results-index">
      <p id="results-index" className="results-index__title">
        {t('index.title')}
      </p>
      <ul className="results-index__list">
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
