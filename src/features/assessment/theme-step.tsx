import { useCallback, useMemo, useRef } from 'react';
import { questionnaire } from '@/content/questionnaire';
import { formFieldName } from '@/domain/answers';
import { profileExclusions } from '@/domain/applicability';
import type { Theme } from '@/domain/questionnaire-schema';
import { currentYear } from '@/stores/scan-result';
import { useScanStore } from '@/stores/scan-store';
import { useAnswerSource } from './answer-source';
import { ProjectorControls } from './projector-controls';
import { QuestionField } from './question-field';
import { StepNavigation } from './step-navigation';
import { ThemeIntro } from './step-parts';
import { useStatementFlow } from './use-statement-flow';

type ThemeStepProps = {
  theme: Theme;
  /** Projector mode: the one statement shown (0-based); null shows them all. */
  statement: number | null;
  /** The statement to bring into view as the step opens (0-based; "continue" sends it). */
  landOn?: number | null;
};

/**
 * One theme's statements. Each answer goes to the store the moment it is given; the radios only
 * offer allowed answers, so there is nothing to validate and no form state: each statement shows
 * its stored answer (see QuestionField). In projector mode the same step shows
 * one statement at a time (`statement`, 0-based) with keyboard shortcuts.
 */
export function ThemeStep({ theme, statement, landOn = null }: ThemeStepProps) {
  const source = useAnswerSource();
  const { setAnswer } = source;
  // The collective's own scan leaves out what its profile rules out; a passed laptop does not.
  const profile = useScanStore((state) => state.profile);
  const exclusions = useMemo(
    () =>
      new Map(
        source.withProfile
          ? profileExclusions(questionnaire, profile, currentYear()).map((e) => [e.questionId, e])
          : [],
      ),
    [profile, source.withProfile],
  );

  const flow = useStatementFlow(theme, exclusions, statement === null ? landOn : undefined);

  // The same callback on every render, so a statement re-renders only when its own answer does.
  const flowNow = useRef(flow);
  flowNow.current = flow;
  const onAnswer = useCallback(
    (questionId: string, answer: string) => {
      const first = source.getAnswers()[questionId] === undefined;
      setAnswer(questionId, answer);
      if (first) flowNow.current.answered(questionId, answer);
    },
    [source, setAnswer],
  );

  const all = theme.questions.map((question, index) => ({ question, index }));
  const current = statement === null ? null : all[Math.min(statement, all.length - 1)];
  const visible = current ? [current] : all;

  return (
    <form
      ref={flow.form}
      className={current ? 'step' : 'step step--list'}
      onSubmit={(event) => event.preventDefault()}
      onPointerDown={flow.onPointerDown}
      onKeyDown={flow.onKeyDown}
    >
      {current ? null : <ThemeIntro theme={theme} />}
      {visible.map(({ question, index }) => (
        <QuestionField
          key={question.id}
          question={question}
          number={index + 1}
          exclusion={exclusions.get(question.id)}
          source={source}
          name={formFieldName(question.id)}
          onAnswer={onAnswer}
        />
      ))}
      {current ? (
        <ProjectorControls
          themeId={theme.id}
          index={current.index}
          question={current.question}
          onAnswer={(answer) => setAnswer(current.question.id, answer)}
        />
      ) : (
        <StepNavigation />
      )}
    </form>
  );
}
