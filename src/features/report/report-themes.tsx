import { useTranslation } from 'react-i18next';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { changeLabel, type ThemeChange } from '@/domain/records';
import type { ScanScores } from '@/domain/scoring';
import { areaKey, bandKey, themeKey } from '@/lib/i18n-keys';
import { Band } from '@/ui/band';

type Props = {
  scores: ScanScores;
  /** Per theme, the change since the previous snapshot; null when there is none to compare with. */
  changes: ReadonlyMap<string, ThemeChange> | null;
};

/**
 * All twelve themes, by area, numbered as on the radar: score, level in words and, when there is
 * an earlier snapshot, the change since it ("▲ +12": arrow and sign, never colour alone).
 */
export function ReportThemes({ scores, changes }: Props) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const cells = (score: number | null) =>
    score === null ? (
      <td colSpan={2}>{tq('score.tooFewAnswers')}</td>
    ) : (
      <>
        <td className="sheet-table__number">{roundScore(score)}</td>
        <td>
          <Band level={levelOf(score)} label={tq(bandKey(levelOf(score)))} />
        </td>
      </>
    );
  let number = 0;
  return (
    <table className="sheet-table report-themes">
      <caption>{t('report.scores')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.theme')}</th>
          <th scope="col" className="sheet-table__number">
            {t('report.score')}
          </th>
          <th scope="col">{t('report.level')}</th>
          {changes ? <th scope="col">{t('report.change')}</th> : null}
        </tr>
      </thead>
      {scores.areas.map((area) => (
        <tbody key={area.areaId}>
          <tr className="report-themes__area">
            <th scope="row">{tq(areaKey(area.areaId, 'title'))}</th>
            {cells(area.score)}
            {changes ? <td /> : null}
          </tr>
          {area.themes.map((theme) => {
            number += 1;
            const change = changes?.get(theme.themeId);
            return (
              <tr key={theme.themeId}>
                <th scope="row" className="report-themes__theme">
                  {number}. {tq(themeKey(theme.themeId, 'title'))}
                </th>
                {cells(theme.score)}
                {changes ? (
                  <td className="report-themes__change">{change ? changeLabel(change) : '–'}</td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      ))}
      <tbody>
        <tr className="report-themes__area">
          <th scope="row">{t('summary.overall')}</th>
          {cells(scores.overall)}
          {changes ? <td /> : null}
        </tr>
      </tbody>
    </table>
  );
}
