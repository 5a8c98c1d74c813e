import { useTranslation } from 'react-i18next';
import type { ThemeGroupStats } from '@/domain/group';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

type GroupTableProps = {
  stats: ThemeGroupStats[];
  tally: boolean;
  /** The figures are still being worked out: every theme's row is there, its cells wait. */
  pending?: boolean;
};

/** Per theme: mean, median, range, number of respondents, spread, and the disagreement flag. */
export function GroupTable({ stats, tally, pending = false }: GroupTableProps) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const r = (value: number) => String(roundScore(value));
  return (
    <section
      className="table-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
      tabIndex={0}
      aria-label={t('results.tableCaption')}
      aria-busy={pending}
    >
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
                {pending ? (
                  Array.from({ length: 7 }, (_, cell) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the seven cells of a row never move.
                    <td key={cell}>…</td>
                  ))
                ) : s ? (
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
