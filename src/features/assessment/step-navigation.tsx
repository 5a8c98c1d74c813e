import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useAnswerSource } from './answer-source';
import { neighbours } from './steps';

/**
 * Back and next for the current step. `submit` makes "next" the form's submit button, so the
 * form can validate first; the last step's "next" goes to the finish (results, or hand over).
 */
export function StepNavigation({ submit = false }: { submit?: boolean }) {
  const { t } = useTranslation('wizard');
  const source = useAnswerSource();
  const { step = '' } = useParams<{ step: string }>();
  const { previous, next, isLast } = neighbours(source, step);
  const nextLabel = isLast ? t(`${source.finishLabel}`) : t('next');
  return (
    <nav className="step-navigation" aria-label={t('stepNavigation')}>
      <Link href={previous} className="button">
        <span aria-hidden="true">← </span>
        {t('back')}
      </Link>
      {submit ? (
        <button type="submit" className="button button--primary">
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </button>
      ) : (
        <Link href={next} className="button button--primary">
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
