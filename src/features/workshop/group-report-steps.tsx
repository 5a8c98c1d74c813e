import { useTranslation } from 'react-i18next';
import { stepKey, themeKey } from '@/lib/i18n-keys';

type Props = { steps: { themeId: string; key: string }[] };

/**
 * The steps the group is asked to agree on, as a table with an empty line for who and one for
 * when: sessions keep no plan, so the room fills these in by hand on the printed page.
 */
export function GroupReportSteps({ steps }: Props) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const { t: ta } = useTranslation('advice');
  return (
    <section aria-labelledby="group-report-steps" className="group-report__steps">
      <h2 id="group-report-steps">{t('groupReport.stepsTitle')}</h2>
      {steps.length === 0 ? (
        <p>{t('groupReport.noSteps')}</p>
      ) : (
        <>
          <p>{t('groupReport.stepsIntro')}</p>
          <table className="sheet-table sheet-table--stack">
            <thead>
              <tr>
                <th scope="col" className="group-report__step">
                  {t('groupReport.step')}
                </th>
                <th scope="col" className="group-report__theme">
                  {t('results.theme')}
                </th>
                <th scope="col" className="group-report__blank">
                  {t('groupReport.owner')}
                </th>
                <th scope="col" className="group-report__blank">
                  {t('groupReport.due')}
                </th>
              </tr>
            </thead>
            <tbody>
              {steps.map((step) => (
                <tr key={step.key}>
                  <td data-label={t('groupReport.step')}>{ta(stepKey(step))}</td>
                  <td data-label={t('results.theme')}>{tq(themeKey(step.themeId, 'title'))}</td>
                  <td data-label={t('groupReport.owner')} className="group-report__line">
                    <span className="visually-hidden">{t('groupReport.fillIn')}</span>
                  </td>
                  <td data-label={t('groupReport.due')} className="group-report__line">
                    <span className="visually-hidden">{t('groupReport.fillIn')}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
