import { useTranslation } from 'react-i18next';
import { methodSections, methodSources } from '@/content/method';
import { questionnaire } from '@/content/questionnaire';
import { areaKey, methodSectionKey, methodSourceKey, themeKey } from '@/lib/i18n-keys';
import { PageHeading } from '@/ui/page-heading';

/** How the scan works: scoring, what the result is and is not, privacy, and the research behind it. */
export function MethodPage() {
  const { t } = useTranslation('method');
  const { t: tq } = useTranslation('questionnaire');
  return (
    <article className="prose">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      {methodSections.map((section) => (
        <section key={section.id} aria-labelledby={`method-${section.id}`}>
          <h2 id={`method-${section.id}`}>{t(methodSectionKey(section.id, 'title'))}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{t(methodSectionKey(section.id, paragraph))}</p>
          ))}
        </section>
      ))}
      <section aria-labelledby="method-matching">
        <h2 id="method-matching">{t('matching.title')}</h2>
        <p>{t('matching.why')}</p>
        <p>{t('matching.shared')}</p>
        <p>{t('matching.never')}</p>
        <p>{t('matching.ranked')}</p>
        <p>{t('matching.limits')}</p>
      </section>
      <section aria-labelledby="method-themes">
        <h2 id="method-themes">{t('themes.title')}</h2>
        <p>{t('themes.intro')}</p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
        <section className="table-scroll" tabIndex={0} aria-label={t('themes.title')}>
          <table className="score-table">
            <caption className="visually-hidden">{t('themes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('themes.label')}</th>
                <th scope="col">{t('themes.research')}</th>
              </tr>
            </thead>
            {questionnaire.areas.map((area) => (
              <tbody key={area.id}>
                <tr className="score-table__area">
                  <th scope="colgroup" colSpan={2}>
                    {tq(areaKey(area.id, 'title'))}
                  </th>
                </tr>
                {area.themes.map((theme) => (
                  <tr key={theme.id}>
                    <th scope="row">{tq(themeKey(theme.id, 'title'))}</th>
                    <td>{tq(themeKey(theme.id, 'research'))}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </section>
      </section>
      <section aria-labelledby="method-sources">
        <h2 id="method-sources">{t('sourcesTitle')}</h2>
        <ul className="sources">
          {methodSources.map((source) => (
            <li key={source}>{t(methodSourceKey(source))}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
