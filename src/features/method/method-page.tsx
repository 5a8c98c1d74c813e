import { useTranslation } from 'react-i18next';
import { methodSections, methodSources } from '@/content/method';
import { methodSectionKey, methodSourceKey } from '@/lib/i18n-keys';
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
          <h2 id={`method-${section.id}`}>{t(methodSectionKey(section.id, 'title'))}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{t(methodSectionKey(section.id, paragraph))}</p>
          ))}
        </section>
      ))}
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
