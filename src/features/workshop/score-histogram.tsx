import { useTranslation } from 'react-i18next';
import type { Band } from '@/domain/stats';

/**
 * How many people (or votes) fall in each score range, as bars with the number written out: a
 * split room shows as two clusters. A list, so screen readers read it as text.
 */
export function ScoreHistogram({ bands, unit }: { bands: Band[]; unit: 'people' | 'votes' }) {
  const { t } = useTranslation('workshop');
  const most = Math.max(1, ...bands.map((band) => band.count));
  return (
    <ul className="histogram">
      {bands.map(({ from, to, count }) => {
        return (
          <li key={from} className="histogram__row">
            <span className="histogram__range">{t('discuss.bin', { from, to })}</span>
            <span className="histogram__bar-area">
              <span
                className="histogram__bar"
                style={{ inlineSize: `${(count / most) * 100}%` }}
                aria-hidden="true"
              />
            </span>
            <span className="histogram__count">{t(`discuss.${unit}`, { count })}</span>
          </li>
        );
      })}
    </ul>
  );
}
