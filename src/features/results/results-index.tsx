import { useTranslation } from 'react-i18next';
import { PageIndex } from '@/ui/page-index';

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
 * "On this page" on the results: reaches the parts below the picture (advice, plan, numbers, keep
 * and compare, share, share with the facilitator) from the top of a long page.
 */
export function ResultsIndex() {
  const { t } = useTranslation('results');
  const { t: tw } = useTranslation('workshop');
  return (
    <PageIndex
      className="results-index"
      title={t('index.title')}
      entries={[
        [RESULTS_SECTIONS.advice, t('advice.title')],
        [RESULTS_SECTIONS.plan, t('plan.title')],
        [RESULTS_SECTIONS.numbers, t('summary.title')],
        [RESULTS_SECTIONS.keep, t('keep.title')],
        [RESULTS_SECTIONS.share, t('shareResults.title')],
        [RESULTS_SECTIONS.handIn, tw('share.title')],
      ]}
    />
  );
}
