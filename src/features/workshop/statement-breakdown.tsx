import { useTranslation } from 'react-i18next';
import { questionnaire } from '@/content/questionnaire';
import { answerCounts, MIN_ANSWERS_TO_SHOW, type Tally } from '@/domain/group';
import { NON_SCORING_ANSWERS, optionsOf } from '@/domain/questionnaire';
import type { Theme } from '@/domain/questionnaire-schema';
import { answerKey, questionKey, themeKey } from '@/lib/i18n-keys';

type Props = { theme: Theme; encoded: string[]; tally: Tally | null };

/** On demand, per statement: how many chose each answer, as numbers. Hidden below three answers. */
export function StatementBreakdown({ theme, encoded, tally }: Props) {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  return (
    <details className="breakdown">
      <summary>{t('breakdown.summary', { theme: tq(themeKey(theme.id, 'title')) })}</summary>
      {theme.questions.map((question) => {
        const { counts, answered } = tally
          ? {
              counts: tally[question.id] ?? {},
              answered: Object.values(tally[question.id] ?? {}).reduce((a, b) => a + b, 0),
            }
          : answerCounts(questionnaire, encoded, question.id);
        const options = [
          ...optionsOf(questionnaire, question).map((o) => o.id),
          ...NON_SCORING_ANSWERS,
        ];
        return (
          <div key={question.id} className="breakdown__statement">
            <p className="breakdown__text">{tq(questionKey(question.id, 'text'))}</p>
            {answered < MIN_ANSWERS_TO_SHOW ? (
              <p>{t('breakdown.hidden', { min: MIN_ANSWERS_TO_SHOW })}</p>
            ) : (
              <ul className="breakdown__counts">
                {options.map((option) => (
                  <li key={option}>
                    {tq(answerKey(question, option))}: <strong>{counts[option] ?? 0}</strong>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </details>
  );
}
