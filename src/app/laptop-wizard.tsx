import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { currentLayout } from '@/content/editions';
import { decodeAnswers } from '@/domain/compact-answers';
import type { Answers } from '@/domain/questionnaire';
import type { SessionsState } from '@/domain/session';
import { type AnswerSource, AnswerSourceContext } from '@/features/assessment/answer-source';
import { WizardPage } from '@/features/assessment/wizard-page';
import { useSessionStore } from '@/stores/session-store';
import { PageHeading } from '@/ui/page-heading';

function answersOf(state: SessionsState, sessionId: string, respondentId: string): Answers {
  const respondent = state.sessions
    .find((session) => session.id === sessionId)
    ?.respondents.find((candidate) => candidate.id === respondentId);
  const decoded = respondent ? decodeAnswers(currentLayout, respondent.answers) : null;
  return decoded?.ok ? decoded.value : {};
}

/** "Pass the laptop": the same wizard, writing into one respondent of a session. */
function laptopSource(sessionId: string, respondentId: string): AnswerSource {
  const base = `/workshop/${sessionId}`;
  return {
    useSelect: (selector) =>
      useSessionStore((state) => selector(answersOf(state, sessionId, respondentId))),
    getAnswers: () => answersOf(useSessionStore.getState(), sessionId, respondentId),
    setAnswer: (questionId, answer) =>
      useSessionStore.getState().setRespondentAnswer(sessionId, respondentId, questionId, answer),
    subscribe: (listener) =>
      useSessionStore.subscribe((state, previous) => {
        if (state.sessions !== previous.sessions) listener();
      }),
    basePath: `${base}/answer/${respondentId}`,
    finishPath: base,
    finishLabel: 'handOver',
    withProfile: false,
    exitPath: base,
  };
}

/** Composes the wizard (assessment feature) with a session respondent (workshop data). */
export function LaptopWizard() {
  const { t } = useTranslation('workshop');
  const { id = '', respondent = '' } = useParams<{ id: string; respondent: string }>();
  const exists = useSessionStore((state) =>
    state.sessions.some(
      (session) => session.id === id && session.respondents.some((r) => r.id === respondent),
    ),
  );
  const source = useMemo(() => laptopSource(id, respondent), [id, respondent]);
  if (!exists) {
    return (
      <>
        <PageHeading>{t('session.notFound')}</PageHeading>
        <Link href="/workshop">{t('session.back')}</Link>
      </>
    );
  }
  return (
    <AnswerSourceContext.Provider value={source}>
      <WizardPage />
    </AnswerSourceContext.Provider>
  );
}
