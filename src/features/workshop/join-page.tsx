import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { answeredCount } from '@/domain/compact-answers';
import { readShareLink } from '@/lib/share-link';
import { useSessionStore } from '@/stores/session-store';
import { Field } from '@/ui/field';
import { Notice } from '@/ui/notice';
import { PageHeading } from '@/ui/page-heading';
import { type IntakeResult, respondentsFromFiles } from './answers-intake';

const NEW = '__new__';

/**
 * Opened from a member's share link: offers to add those answers to a group session. The link is
 * checked to its last character first (see readShareLink), so a damaged one says what broke.
 */
export function JoinPage() {
  const { t } = useTranslation('workshop');
  // The route is `/…/*`: everything after it, slashes included.
  const { '*': payload = '' } = useParams<{ '*': string }>();
  const [, navigate] = useLocation();
  const intake = useMemo((): IntakeResult => {
    const link = readShareLink(payload);
    if (link.ok) return respondentsFromFiles([{ name: '1', text: link.value }]);
    return { respondents: [], failures: [{ item: '1', error: link.error }], upgraded: [] };
  }, [payload]);
  const allSessions = useSessionStore((state) => state.sessions);
  const sessions = allSessions.filter((session) => session.method === 'merge');
  const createSession = useSessionStore((state) => state.createSession);
  const addRespondents = useSessionStore((state) => state.addRespondents);
  const [target, setTarget] = useState(sessions[0]?.id ?? NEW);
  const [name, setName] = useState('');
  const selectId = useId();
  const respondent = intake.respondents[0]?.respondent;

  if (!respondent) {
    const error = intake.failures[0]?.error ?? 'corrupt';
    return (
      <div className="workshop">
        <PageHeading>{t('join.title')}</PageHeading>
        <Notice tone="warning" title={t('join.failed')}>
          <p>{t(`share.errors.${error}`)}</p>
        </Notice>
        <Link href="/">{t('join.toStart')}</Link>
      </div>
    );
  }

  const answered = answeredCount(respondent.answers);
  const add = () => {
    const sessionId =
      target === NEW ? createSession(name.trim() || t('join.defaultName'), 'merge') : target;
    addRespondents(sessionId, [respondent]);
    navigate(`/workshop/${sessionId}`);
  };
  return (
    <div className="workshop">
      <PageHeading>{t('join.title')}</PageHeading>
      <p className="lead">
        {t('join.from', {
          name: respondent.name ?? t('join.someone'),
          answered,
          total: respondent.answers.length,
        })}
      </p>
      {intake.upgraded[0] ? (
        <p>
          {t('join.edition', {
            edition: intake.upgraded[0].edition,
            count: intake.upgraded[0].dropped,
          })}
        </p>
      ) : null}
      <p>{t('join.privacy')}</p>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t('join.sessionLabel')}
        </label>
        <select id={selectId} value={target} onChange={(event) => setTarget(event.target.value)}>
          {sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.name}
            </option>
          ))}
          <option value={NEW}>{t('join.newSession')}</option>
        </select>
      </div>
      {target === NEW ? (
        <Field label={t('new.nameLabel')} hint={t('join.nameHint')}>
          <input
            type="text"
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
          />
        </Field>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={add}>
          {t('join.add')}
        </button>
        <Link href="/" className="button">
          {t('join.cancel')}
        </Link>
      </div>
    </div>
  );
}
