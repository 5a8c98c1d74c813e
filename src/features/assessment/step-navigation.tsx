import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { neighbours, stepPath } from './steps';

/**
 * Back and next for the current step. `submit` makes "next" the form's submit button, so the
 * form can validate first; the last step's "next" goes to the results.
 */
export function StepNavigation({ submit = false }: { submit?: boolean }) {
  const { t } = useTranslation();
  const { step = '' } = useParams<{ step: string }>();
  const { previous, next } = neighbours(step);
  const nextLabel = next ? t('wizard.next') : t('wizard.toResults');
  return (
    <nav className="step-navigation" aria-label={t('wizard.stepNavigation')}>
      {previous ? (
        <Link href={stepPath(previous)} className="button">
          <span aria-hidden="true">← </span>
          {t('wizard.back')}
        </Link>
      ) : (
        <Link href="/" className="button">
          <span aria-hidden="true">← </span>
          {t('wizard.back')}
        </Link>
      )}
      {submit ? (
        <button type="submit" className="button button--primary">
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </button>
      ) : (
        <Link href={next ? stepPath(next) : '/results'} className="button button--primary">
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
