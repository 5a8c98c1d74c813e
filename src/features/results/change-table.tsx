import { useTranslation } from 'react-i18next';
import type { ThemeChange } from '@/domain/records';

/** "▲ +12", "▼ −5", "= 0": the arrow and the sign carry the direction, never colour alone. */
export function changeText(change: number | null): string {
  if (change === null) return '–';
  if (change > 0) return `▲ +${change}`;
  if (change < 0) return `▼ −${Math.abs(change)}`;
  return '= 0';
}

/** Per theme: the score in each snapshot and the change between them. */
export function ChangeTable({
  changes,
  before,
  after,
}: {
  changes: ThemeChange[];
  before: string;
  after: string;
}) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const score = (value: number | null) => (value === null ? t('table.notEnough') : String(value));
  return (
    <table className="score-table">
      <caption>{t('history.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.theme')}</th>
          <th scope="col">{before}</th>
          <th scope="col">{after}</th>
          <th scope="col">{t('history.change')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change, index) => (
          <tr key={change.themeId}>
            <th scope="row" className="score-table__theme">
              {index + 1}. {tq(`themes.${change.themeId}.title`)}
            </th>
            <td>{score(change.before)}</td>
            <td>{score(change.after)}</td>
            <td>{changeText(change.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
