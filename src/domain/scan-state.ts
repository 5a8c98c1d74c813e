import * as z from 'zod/mini';
import { profileSchema } from './profile';
import { answersSchema } from './questionnaire';
import type { StoredStateSpec } from './stored-state';

/** What the scan store keeps on the device. */
export const scanStateSchema = z.object({
  questionnaireVersion: z.string(),
  profile: profileSchema,
  answers: answersSchema,
  /** ISO time of the last change, so two tabs can tell which answers are newer. */
  updatedAt: z.nullable(z.string()),
  /** Random id sent with shared answers, so a facilitator counts this device once. */
  respondentId: z.optional(z.string().check(z.maxLength(64))),
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
