import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { advice as adviceContent } from '@/content/advice';
import { questionnaire } from '@/content/questionnaire';
import { type ProfileFacts, pickAdvice, weakStatements } from '@/domain/advice';
import { levelOf } from '@/domain/levels';
import { roundScore } from '@/domain/math';
import { type Answers, allQuestions, allThemes } from '@/domain/questionnaire';
import type { ThemeScore } from '@/domain/scoring';
import { answerKey, bandKey, learnMoreKey, questionKey, stepKey, themeKey } from '@/lib/i18n-keys';
import { useRecordsStore } from '@/stores/records-store';
import { FROM_RESULTS } from './from-results';

type WeakestAdviceProps = {
  themes: ThemeScore[];
  facts: ProfileFacts;
  /** The answers that count, to name the statements that make a theme weak (absent when shared). */
  answers?: Answers;
  readOnly?: boolean;
};

const questions = new Map(allQuestions(questionnaire).map((question) => [question.id, question]));
const themesById = new Map(allThemes(questionnaire).map((theme) => [theme.id, theme]));

/**
 * Concrete first steps for the weakest themes, chosen by score level and the collective's profile;
 * where specific statements make a theme weak, they are named and their steps come first.
 */
export function WeakestAdvice({ themes, facts, answers, readOnly = false }: WeakestAdviceProps) {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('questionnaire');
  const { t: ta } = useTranslation('advice');
  return (
    <ol className="advice-list">
      {themes.map((theme) => {
        const definition = themesById.get(theme.themeId);
        const weak =
          answers && definition ? weakStatements(questionnaire, definition, answers) : [];
        const advice =
          theme.score === null
            ? null
            : pickAdvice(adviceContent, theme.themeId, theme.score, facts, weak);
        const headingId = `advice-${theme.themeId}`;
        const title = tq(themeKey(theme.themeId, 'title'));
        return (
          <li key={theme.themeId} className="advice" aria-labelledby={headingId}>
            <h3 id={headingId}>{title}</h3>
            {theme.score === null ? null : (
              <p className="advice__score">
                {t('advice.score', {
                  score: roundScore(theme.score),
                  band: tq(bandKey(levelOf(theme.score))),
                  counted: theme.counted,
                  total: theme.applicable,
                })}
              </p>
            )}
            {weak.length > 0 ? (
              <div className="advice__weak">
                <p>{ta('tuned.weakStatements')}</p>
                <ul>
                  {weak.map((id) => {
                    const question = questions.get(id);
                    const answer = answers?.[id];
                    return (
                      <li key={id}>
                        {tq(questionKey(id, 'text'))}{' '}
                        {question && answer ? (
                          <span className="advice__answer">
                            ({t('advice.yourAnswer', { answer: tq(answerKey(question, answer)) })})
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
            {advice ? (
              <>
                <p>{t(`advice.level.${advice.level}`)}</p>
                <ul className="advice__steps">
                  {advice.steps.map((step) => (
                    <li key={step.key}>
                      {ta(stepKey(step))}{' '}
                      {readOnly ? null : (
                        <AddToPlan
                          themeId={theme.themeId}
                          adviceKey={step.key}
                          text={ta(stepKey(step))}
                        />
                      )}
                    </li>
                  ))}
                </ul>
                <p className="advice__tuned">
                  {advice.tunedBy.length === 0
                    ? ta('tuned.general')
                    : advice.tunedBy
                        .map((fact) =>
                          fact === 'size'
                            ? ta(facts.size === 'large' ? 'tuned.sizeLarge' : 'tuned.sizeSmall')
                            : ta(facts.staff === 'some' ? 'tuned.staffSome' : 'tuned.staffNone'),
                        )
                        .join(' ')}
                </p>
                <p className="advice__more">
                  <strong>{t('advice.learnMore')}</strong> {ta(learnMoreKey(theme.themeId))}
                </p>
              </>
            ) : null}
            {readOnly ? null : (
              <Link href={`/scan/${theme.themeId}`} state={FROM_RESULTS} className="no-print">
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
