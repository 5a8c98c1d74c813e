import { useTranslation } from 'react-i18next';
import type { ThemeGroupStats } from '@/domain/group';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { bandKey, themeKey } from '@/lib/i18n-keys';

/**
 * Every theme on the group report, numbered as on the radar: the group's mean and its level in
 * words, lowest–highest, and a flag where the group disagrees (a word for screen readers, the
 * flag and a bold theme on paper: never colour alone).
 */
export function GroupReportTable({ stats }: { stats: ThemeGroupStats[] }) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  return (
    // A phone may be too narrow for the four columns: the table then scrolls on its own.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" tabIndex={0} aria-label={t('results.tableCaption')}>
      <table className="sheet-table group-report__table">
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.theme')}</th>
            <th scope="col" className="sheet-table__number">
              {t('results.mean')}
            </th>
            <th scope="col">{t('groupReport.level')}</th>
            <th scope="col">{t('results.range')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((theme, index) => {
            const s = theme.summary;
            return (
              <tr
                key={theme.themeId}
                className={theme.disagree ? 'group-report__disputed-row' : ''}
              >
                <th scope="row">
                  {index + 1}. {tq(themeKey(theme.themeId, 'title'))}
                  {theme.disagree ? (
                    <>
                      {' '}
                      <span aria-hidden="true">⚑</span>
                      <span className="visually-hidden">{t('results.disagree')}</span>
                    </>
                  ) : null}
                </th>
                {s ? (
                  <>
                    <td className="sheet-table__number">{roundScore(s.mean)}</td>
                    <td className="group-report__level">{tq(bandKey(levelOf(s.mean)))}</td>
                    <td className="group-report__range">
                      {roundScore(s.min)}–{roundScore(s.max)}
                    </td>
                  </>
                ) : (
                  <td colSpan={3}>{t('results.noAnswers')}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
