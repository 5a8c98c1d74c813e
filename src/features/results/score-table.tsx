import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import type { ScanScores } from '@/domain/scoring';
import { areaKey, bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';
import { FROM_RESULTS } from './from-results';

/** The same numbers as the chart, as a table: per area, per theme, with how much was answered. */
export function ScoreTable({
  scores,
  readOnly = false,
}: {
  scores: ScanScores;
  readOnly?: boolean;
}) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const scoreText = (score: number | null) =>
    score === null ? t('table.notEnough') : String(roundScore(score));
  const band = (score: number | null) =>
    score === null ? null : <Band level={levelOf(score)} label={tq(bandKey(levelOf(score)))} />;
  let number = 0;
  return (
    // Focusable so keyboard users can scroll the table sideways if it is still too wide.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" tabIndex={0} aria-label={t('table.caption')}>
      <table className="score-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.theme')}</th>
            <th scope="col">{t('table.score')}</th>
            <th scope="col">{t('table.band')}</th>
            <th scope="col">{t('table.answered')}</th>
            {/* A shared link carries no "don't know" count, so it shows no such column. */}
            {readOnly ? null : <th scope="col">{t('table.excluded')}</th>}
          </tr>
        </thead>
        {scores.areas.map((area) => (
          <tbody key={area.areaId}>
            <tr className="score-table__area">
              <th scope="row">{tq(areaKey(area.areaId, 'title'))}</th>
              <td>{scoreText(area.score)}</td>
              <td>{band(area.score)}</td>
              <td colSpan={readOnly ? 1 : 2} />
            </tr>
            {area.themes.map((theme) => {
              number += 1;
              const title = tq(themeKey(theme.themeId, 'title'));
              return (
                <tr key={theme.themeId}>
                  <th scope="row" className="score-table__theme">
                    {number}. {title}{' '}
                    {readOnly ? null : (
                      <Link
                        href={`/scan/${theme.themeId}`}
                        state={FROM_RESULTS}
                        className="score-table__change no-print"
                      >
                        {t('table.changeLink')}
                        <span className="visually-hidden"> {title}</span>
                      </Link>
                    )}
                  </th>
                  <td>{scoreText(theme.score)}</td>
                  <td>{band(theme.score)}</td>
                  <td>
                    {t('table.answeredValue', { counted: theme.counted, total: theme.applicable })}
                  </td>
                  {readOnly ? null : <td>{theme.excluded}</td>}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}
