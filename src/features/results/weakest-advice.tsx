import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { adviceRules } from '@/content/advice';
import { type ProfileFacts, pickAdvice } from '@/domain/advice';
import { roundScore } from '@/domain/math';
import type { ThemeScore } from '@/domain/scoring';
import { adviceStepKeys, learnMoreKey, themeKey } from '@/lib/i18n-keys';
import { useRecordsStore } from '@/stores/records-store';

type WeakestAdviceProps = { themes: ThemeScore[]; facts: ProfileFacts; readOnly?: boolean };

/** Concrete first steps for the weakest themes, chosen by score level and the collective's profile. */
export function WeakestAdvice({ themes, facts, readOnly = false }: WeakestAdviceProps) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const { t: ta } = useTranslation('advice');
  return (
    <ol className="advice-list">
      {themes.map((theme) => {
        const advice =
          theme.score === null ? null : pickAdvice(adviceRules, theme.themeId, theme.score, facts);
        const headingId = `advice-${theme.themeId}`;
        const title = tq(themeKey(theme.themeId, 'title'));
        return (
          <li key={theme.themeId} className="advice" aria-labelledby={headingId}>
            <h3 id={headingId}>{title}</h3>
            <p className="advice__score">
              {t('advice.score', {
                score: roundScore(theme.score),
                counted: theme.counted,
                total: theme.total,
              })}
            </p>
            {advice ? (
              <>
                <p>{t(`advice.level.${advice.level}`)}</p>
                <ul className="advice__steps">
                  {adviceStepKeys(advice).map((key) => (
                    <li key={key}>
                      {ta(key)}{' '}
                      {readOnly ? null : (
                        <AddToPlan themeId={theme.themeId} adviceKey={key} text={ta(key)} />
                      )}
                    </li>
                  ))}
                </ul>
                <p className="advice__more">
                  <strong>{t('advice.learnMore')}</strong> {ta(learnMoreKey(theme.themeId))}
                </p>
              </>
            ) : null}
            {readOnly ? null : (
              <Link href={`/scan/${theme.themeId}`} className="no-print">
                {t('advice.reviewAnswers', { theme: title })}
              </Link>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Puts an advice step in the action plan (once). */
function AddToPlan({
  themeId,
  adviceKey,
  text,
}: {
  themeId: string;
  adviceKey: string;
  text: string;
}) {
  const { t } = useTranslation('results');
  const inPlan = useRecordsStore((state) =>
    state.actions.some((action) => action.adviceKey === adviceKey),
  );
  const addAction = useRecordsStore((state) => state.addAction);
  if (inPlan) return <span className="in-plan">✓ {t('plan.inPlan')}</span>;
  return (
    <button
      type="button"
      className="button button--small no-print"
      onClick={() => addAction({ themeId, adviceKey })}
    >
      {t('plan.add')}
      <span className="visually-hidden">: {text}</span>
    </button>
  );
}
