import { type RefObject, useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { useHistoryState } from 'wouter/use-browser-location';
import { formFieldName } from '@/domain/answers';
import { effectiveAnswers, type ProfileExclusion } from '@/domain/applicability';
import { firstUnanswered, nextUnanswered } from '@/domain/open-statements';
import type { Answers } from '@/domain/questionnaire';
import type { Theme } from '@/domain/questionnaire-schema';
import { bringIntoView } from '@/lib/scroll';
import { useAnswerSource } from './answer-source';
import { stepPath } from './steps';

type StatementFlow = {
  /** The step's form, holding the statements. */
  form: RefObject<HTMLFormElement | null>;
  onPointerDown: () => void;
  onKeyDown: () => void;
  /** Call after a statement that had no answer got one. */
  answered: (questionId: string, answer: string) => void;
};

/**
 * Where a theme's list of statements shows the user: as the step opens, the statement `landOn`
 * names ("continue") or else, in a theme already begun, its first unanswered one (a theme not
 * begun opens at its top, on its introduction); after an answer given with the pointer, the next
 * open statement, or (the theme done) the way on. Keyboard users move on with Tab themselves,
 * so for them nothing moves; focus is never moved for anyone. `landOn` undefined: one statement
 * at a time (projector mode), nothing to bring into view.
 */
export function useStatementFlow(
  theme: Theme,
  exclusions: ReadonlyMap<string, ProfileExclusion>,
  landOn: number | null | undefined,
): StatementFlow {
  const source = useAnswerSource();
  const [, navigate] = useLocation();
  // Kept when the statement leaves the address (it may say where the user came from).
  const historyState = useHistoryState();
  const form = useRef<HTMLFormElement>(null);
  // How the last answer was given: only a pointer's answer moves the page on.
  const byPointer = useRef(false);
  const counted = (answers: Answers) => effectiveAnswers(answers, [...exclusions.values()]);
  const statementBox = (questionId: string | null | undefined) =>
    questionId
      ? form.current?.querySelector(`[name="${formFieldName(questionId)}"]`)?.closest('fieldset')
      : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: only as the step opens.
  useEffect(() => {
    if (landOn === undefined) return;
    const own = source.getAnswers();
    const begun = theme.questions.some(
      (question) => !exclusions.has(question.id) && own[question.id] !== undefined,
    );
    const target =
      landOn !== null
        ? theme.questions[landOn]?.id
        : begun
          ? firstUnanswered(theme.questions, counted(own))
          : null;
    bringIntoView(statementBox(target), false);
    // The statement leaves the address, so a reload lands anew on the first open one.
    if (landOn !== null) {
      navigate(stepPath(source, theme.id), { replace: true, state: historyState });
    }
  }, []);

  return {
    form,
    onPointerDown: () => {
      byPointer.current = true;
    },
    onKeyDown: () => {
      byPointer.current = false;
    },
    answered: (questionId, answer) => {
      if (landOn === undefined || !byPointer.current) return;
      const next = nextUnanswered(
        theme.questions,
        counted({ ...source.getAnswers(), [questionId]: answer }),
        questionId,
      );
      bringIntoView(
        next ? statementBox(next) : form.current?.querySelector('.step-navigation'),
        true,
      );
    },
  };
}
