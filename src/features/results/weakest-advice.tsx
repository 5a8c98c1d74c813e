import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { adviceRules } from '@/content/advice';
import { pickAdvice } from '@/domain/advice';
import { roundScore, type ThemeScore } from '@/domain/scoring';

type WeakestAdviceProps = { themes: ThemeScore[]; size: 'small' | 'large' };

/** Concrete first steps for the weakest themes, chosen by score level and the collective's size. */
export function WeakestAdvice({ themes, size }: WeakestAdviceProps) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const { t: ta } = useTranslation('advice');
  return (
    <ol className="advice-list">
      {themes.map((theme) => {
        const advice =
          theme.score === null ? null : pickAdvice(adviceRules, theme.themeId, theme.score, size);
        const headingId = `advice-${theme.themeId}`;
        return (
          <li key={theme.themeId} className="advice" aria-labelledby={headingId}>
            <h3 id={headingId}>{tq(`themes.${theme.themeId}.title`)}</h3>
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
                  {advice.stepKeys.map((key) => (
                    <li key={key}>{ta(key)}</li>
                  ))}
                </ul>
                <p className="advice__more">
                  <strong>{t('advice.learnMore')}</strong> {ta(`${theme.themeId}.learnMore`)}
                </p>
              </>
            ) : null}
            <Link href={`/scan/${theme.themeId}`}>
              {t('advice.reviewAnswers', { theme: tq(`themes.${theme.themeId}.title`) })}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
