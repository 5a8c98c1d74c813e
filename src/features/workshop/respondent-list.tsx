import { useTranslation } from 'react-i18next';
import { answeredCount } from '@/domain/compact-answers';
import type { Session } from '@/domain/session';
import { useSessionStore } from '@/stores/session-store';

/** A list of thousands helps no one; the first ones are shown, the rest counted. */
const SHOWN = 100;

/** Who is in the session and how much each answered; their answers themselves are not shown here. */
export function RespondentList({ session }: { session: Session }) {
  const { t } = useTranslation('workshop');
  const removeRespondent = useSessionStore((state) => state.removeRespondent);
  if (session.respondents.length === 0) return <p>{t('respondents.none')}</p>;
  const hidden = session.respondents.length - SHOWN;
  return (
    <>
      <ol className="respondent-list">
        {session.respondents.slice(0, SHOWN).map((respondent, index) => {
          const label = respondent.name || t('respondents.anonymous', { number: index + 1 });
          const answered = answeredCount(respondent.answers);
          return (
            <li key={respondent.id}>
              <span>
                {label} ·{' '}
                {t('respondents.answered', { answered, total: respondent.answers.length })}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => removeRespondent(session.id, respondent.id)}
              >
                {t('respondents.remove')}
                <span className="visually-hidden"> {label}</span>
              </button>
            </li>
          );
        })}
      </ol>
      {hidden > 0 ? <p>{t('respondents.more', { count: hidden })}</p> : null}
    </>
  );
}
