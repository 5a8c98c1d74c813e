import { createContext, useContext } from 'react';
import { questionnaire } from '@/content/questionnaire';
import { effectiveAnswers, profileExclusions } from '@/domain/applicability';
import type { Answers } from '@/domain/questionnaire';
import { currentYear } from '@/stores/scan-result';
import { useScanStore } from '@/stores/scan-store';

/**
 * Where the wizard reads and writes answers. By default this device's own scan; in a "pass the
 * laptop" session the app provides one respondent of that session instead. Same screens either way.
 */
export type AnswerSource = {
  /**
   * A hook: a value derived from the answers that count, statements the profile rules out
   * included as "not applicable" (keep it a primitive, so renders stay cheap).
   */
  useSelect: <T>(selector: (answers: Answers) => T) => T;
  getAnswers: () => Answers;
  setAnswer: (questionId: string, answer: string) => void;
  /** Calls back when the answers change (from this tab or another). */
  subscribe: (listener: () => void) => () => void;
  /** Steps live at `${basePath}/${step}`. */
  basePath: string;
  /** Where "next" after the last theme leads, and how that button reads. */
  finishPath: string;
  finishLabel: 'toResults' | 'handOver';
  /** Whether the wizard starts with the collective's profile. */
  withProfile: boolean;
  /** Where "back" from the first step leads. */
  exitPath: string;
};

const scanAnswerSource: AnswerSource = {
  useSelect: (selector) =>
    useScanStore((state) =>
      selector(
        effectiveAnswers(
          state.answers,
          profileExclusions(questionnaire, state.profile, currentYear()),
        ),
      ),
    ),
  getAnswers: () => useScanStore.getState().answers,
  setAnswer: (questionId, answer) => useScanStore.getState().setAnswer(questionId, answer),
  subscribe: (listener) =>
    useScanStore.subscribe((state, previous) => {
      if (state.answers !== previous.answers) listener();
    }),
  basePath: '/scan',
  finishPath: '/results',
  finishLabel: 'toResults',
  withProfile: true,
  exitPath: '/',
};

export const AnswerSourceContext = createContext<AnswerSource>(scanAnswerSource);

export function useAnswerSource(): AnswerSource {
  return useContext(AnswerSourceContext);
}
