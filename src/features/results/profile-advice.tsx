import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { advice } from '@/content/advice';
import type { ProfileFacts } from '@/domain/advice';
import type { ProfileExclusion } from '@/domain/applicability';
import { profileStepKey } from '@/lib/i18n-keys';
import { FROM_RESULTS } from './from-results';

/**
 * What the profile changed: how many statements it marked not applicable, and, for a collective
 * without a legal form yet, first steps towards choosing one.
 */
export function ProfileAdvice({
  facts,
  exclusions,
}: {
  facts: ProfileFacts;
  exclusions: readonly ProfileExclusion[];
}) {
  const { t: ta } = useTranslation('advice');
  const fact = 'no-legal-form';
  return (
    <section aria-labelledby="profile-advice" className="profile-advice">
      <h3 id="profile-advice">{ta('tuned.title')}</h3>
      <p>
        {exclusions.length === 0
          ? ta('tuned.notApplicableNone')
          : ta('tuned.notApplicable', { count: exclusions.length })}{' '}
        <Link href="/scan/profile" state={FROM_RESULTS}>
          {ta('tuned.changeProfile')}
        </Link>
      </p>
      {facts.noLegalForm ? (
        <>
          <h4>{ta(profileStepKey(fact, 'title'))}</h4>
          <p>{ta('tuned.noLegalForm')}</p>
          <ul className="advice__steps">
            {(advice.profileSteps[fact] ?? []).map((step) => (
              <li key={step}>{ta(profileStepKey(fact, step))}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
