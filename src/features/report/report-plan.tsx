import { useTranslation } from 'react-i18next';
import type { Action } from '@/domain/records';
import { reportPlan } from '@/domain/report';
import { actionText, themeKey } from '@/lib/i18n-keys';
import { formatDay } from './format-day';

type Props = { actions: readonly Action[]; themeIds: readonly string[] };

/** Not decided yet: a dash on the page (it fits the narrow column), the words for screen readers. */
const notSet = (words: string) => (
  <>
    <span aria-hidden="true">–</span>
    <span className="visually-hidden">{words}</span>
  </>
);

/**
 * The action plan as a table: step, theme, who, when, status. A step the board wrote itself says
 * so in the theme column, so it never reads as part of the theme above it.
 */
export function ReportPlan({ actions, themeIds }: Props) {
  const { t, i18n } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const { t: ta } = useTranslation('advice');
  const { t: tr } = useTranslation('retired');
  const { steps, left } = reportPlan(actions, themeIds);
  return (
    <section aria-labelledby="report-plan" className="report-plan">
      <h2 id="report-plan">{t('report.plan')}</h2>
      {steps.length === 0 ? (
        <p>{t('report.planEmpty')}</p>
      ) : (
        <table className="sheet-table sheet-table--stack report-plan__table">
          <thead>
            <tr>
              <th scope="col" className="report-plan__step">
                {t('report.step')}
              </th>
              <th scope="col" className="report-plan__theme">
                {t('report.theme')}
              </th>
              <th scope="col" className="report-plan__owner">
                {t('report.owner')}
              </th>
              <th scope="col" className="report-plan__due">
                {t('report.due')}
              </th>
              <th scope="col" className="report-plan__status">
                {t('report.status')}
              </th>
            </tr>
          </thead>
          <tbody>
            {steps.map((action) => {
              const own = !action.adviceKey;
              return (
                <tr key={action.id} className={own ? 'report-plan__own' : undefined}>
                  <td data-label={t('report.step')}>
                    <span className="report-plan__text">{actionText(action, ta, tr)}</span>
                  </td>
                  <td data-label={t('report.theme')}>
                    {own ? (
                      <em>{t('report.ownStep')}</em>
                    ) : action.themeId ? (
                      tq(themeKey(action.themeId, 'title'))
                    ) : null}
                  </td>
                  <td data-label={t('report.owner')}>
                    {action.owner || notSet(t('report.noOwner'))}
                  </td>
                  <td data-label={t('report.due')} className="report-plan__day">
                    {action.due ? formatDay(action.due, i18n.language) : notSet(t('report.noDue'))}
                  </td>
                  <td data-label={t('report.status')} className="report-plan__day">
                    {t(`plan.statuses.${action.status}`)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {left > 0 ? <p className="sheet__note">{t('report.planLeft', { count: left })}</p> : null}
    </section>
  );
}
