import { useTranslation } from 'react-i18next';
import { methodSections, methodSources } from '@/content/method';
import { PageHeading } from '@/ui/page-heading';

/** How the scan works: scoring, what the result is and is not, privacy, and the research behind it. */
export function MethodPage() {
  const { t } = useTranslation('method');
  return (
    <article className="prose">
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro')}</p>
      {methodSections.map((section) => (
        <section key={section.id} aria-labelledby={`method-${section.id}`}>
          <h2 id={`method-${section.id}`}>{t(`sections.${section.id}.title`)}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{t(`sections.${section.id}.${paragraph}`)}</p>
          ))}
        </section>
      ))}
      <section aria-labelledby="method-sources">
        <h2 id="method-sources">{t('sourcesTitle')}</h2>
        <ul className="sources">
          {methodSources.map((source) => (
            <li key={source}>{t(`sources.${source}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
