import * as z from 'zod/mini';
import { keepKnownAnswers } from './editions';
import { profileSchema } from './profile';
import { answersSchema } from './questionnaire';
import type { Questionnaire } from './questionnaire-schema';
import type { StoredStateSpec } from './stored-state';

/**
 * Answers given to an earlier edition of the questionnaire whose statements changed or were
 * removed: they no longer count, and are kept (and in backups) until the user lets them go.
 */
export const retiredAnswersSchema = z.object({
  questionnaireVersion: z.string(),
  answers: answersSchema,
});
export type RetiredAnswers = z.infer<typeof retiredAnswersSchema>;

/** What the scan store keeps on the device. */
export const scanStateSchema = z.object({
  questionnaireVersion: z.string(),
  profile: profileSchema,
  answers: answersSchema,
  /** ISO time of the last change, so two tabs can tell which answers are newer. */
  updatedAt: z.nullable(z.string()),
  /** Random id sent with shared answers, so a facilitator counts this device once. */
  respondentId: z.optional(z.string().check(z.maxLength(64))),
  retired: z.optional(retiredAnswersSchema),
});
export type ScanState = z.infer<typeof scanStateSchema>;

export const SCAN_STATE_VERSION = 2;

export const scanStateSpec: StoredStateSpec<ScanState> = {
  version: SCAN_STATE_VERSION,
  schema: scanStateSchema,
  migrations: {
    // Version 1 (first builds) stored no questionnaire version or change time.
    1: (state) => ({
      questionnaireVersion: '1',
      updatedAt: null,
      ...(typeof state === 'object' && state !== null ? state : {}),
    }),
  },
};

/**
 * A scan of an earlier edition read into today's questionnaire: answers to statements that still
 * exist are kept; the others move to `retired` (next to any retired before), so nothing is lost.
 */
export function upgradeScan(questionnaire: Questionnaire, state: ScanState): ScanState {
  if (state.questionnaireVersion === questionnaire.version) return state;
  const { kept, dropped } = keepKnownAnswers(questionnaire, state.answers);
  const retired =
    Object.keys(dropped).length === 0
      ? state.retired
      : {
          questionnaireVersion: state.questionnaireVersion,
          answers: { ...state.retired?.answers, ...dropped },
        };
  return {
    ...state,
    questionnaireVersion: questionnaire.version,
    answers: kept,
    ...(retired ? { retired } : {}),
  };
}
