import { useTranslation } from 'react-i18next';
import { changeLabel, type ThemeChange } from '@/domain/records';
import { themeKey } from '@/lib/i18n-keys';

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
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" tabIndex={0} aria-label={t('history.tableCaption')}>
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
                {index + 1}. {tq(themeKey(change.themeId, 'title'))}
              </th>
              <td>{score(change.before)}</td>
              <td>{score(change.after)}</td>
              <td>{changeLabel(change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
