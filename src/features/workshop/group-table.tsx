import { useTranslation } from 'react-i18next';
import type { ThemeGroupStats } from '@/domain/group';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

/** Per theme: mean, median, range, number of respondents, spread, and the disagreement flag. */
export function GroupTable({ stats, tally }: { stats: ThemeGroupStats[]; tally: boolean }) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const r = (value: number) => String(roundScore(value));
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" tabIndex={0} aria-label={t('results.tableCaption')}>
      <table className="score-table">
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.theme')}</th>
            <th scope="col">{t('results.mean')}</th>
            <th scope="col">{t('results.band')}</th>
            <th scope="col">{t('results.median')}</th>
            <th scope="col">{t('results.range')}</th>
            <th scope="col">{tally ? t('results.votes') : t('results.respondents')}</th>
            <th scope="col">{t('results.spread')}</th>
            <th scope="col">{t('results.agreement')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.map((theme, index) => {
            const s = theme.summary;
            return (
              <tr key={theme.themeId}>
                <th scope="row" className="score-table__theme">
                  {index + 1}. {tq(themeKey(theme.themeId, 'title'))}
                </th>
                {s ? (
                  <>
                    <td>{r(s.mean)}</td>
                    <td>
                      <Band level={levelOf(s.mean)} label={tq(bandKey(levelOf(s.mean)))} />
                    </td>
                    <td>{r(s.median)}</td>
                    <td>
                      {r(s.min)}–{r(s.max)}
                    </td>
                    <td>{s.n}</td>
                    <td>{r(s.sd)}</td>
                    <td>
                      {theme.disagree ? (
                        <strong className="flag">
                          <span aria-hidden="true">⚑ </span>
                          {t('results.disagree')}
                        </strong>
                      ) : (
                        t('results.agree')
                      )}
                    </td>
                  </>
                ) : (
                  <td colSpan={7}>{t('results.noAnswers')}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
