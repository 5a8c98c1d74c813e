import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { questionnaire } from '@/content/questionnaire';
import type { Profile } from '@/domain/profile';
import {
  SCAN_STATE_VERSION,
  type ScanState,
  scanStateSpec,
  upgradeScan,
} from '@/domain/scan-state';
import { randomId } from '@/lib/ids';
import { createGuardedStorage } from './guarded-storage';

export const SCAN_STORAGE_KEY = 'collective-scan:scan';

type ScanActions = {
  setAnswer: (questionId: string, answer: string) => void;
  clearAnswer: (questionId: string) => void;
  setProfile: (profile: Profile) => void;
  /** Replaces profile and answers at once (opening a backup); earlier retired answers are kept. */
  replaceScan: (scan: Pick<ScanState, 'profile' | 'answers' | 'retired'>) => void;
  /** Lets go of answers to an earlier edition, once the user has seen them. */
  forgetRetired: () => void;
  /** Removes this device's answers and profile. */
  startOver: () => void;
  /** This device's respondent id for shared answers, made on first use. */
  ensureRespondentId: () => string;
};

type ScanStore = ScanState & ScanActions;

export function emptyScanState(): ScanState {
  return { questionnaireVersion: questionnaire.version, profile: {}, answers: {}, updatedAt: null };
}

const now = () => new Date().toISOString();

export const useScanStore = create<ScanStore>()(
  persist(
    (set, get) => ({
      ...emptyScanState(),
      setAnswer: (questionId, answer) =>
        set((state) => ({ answers: { ...state.answers, [questionId]: answer }, updatedAt: now() })),
      clearAnswer: (questionId) =>
        set((state) => {
          const { [questionId]: _removed, ...answers } = state.answers;
          return { answers, updatedAt: now() };
        }),
      setProfile: (profile) => set({ profile, updatedAt: now() }),
      replaceScan: ({ profile, answers, retired }) =>
        set((state) => ({
          profile,
          answers,
          updatedAt: now(),
          ...(retired || state.retired
            ? {
                retired: {
                  questionnaireVersion:
                    retired?.questionnaireVersion ?? state.retired?.questionnaireVersion ?? '1',
                  answers: { ...state.retired?.answers, ...retired?.answers },
                },
              }
            : {}),
        })),
      forgetRetired: () => set({ retired: undefined, updatedAt: now() }),
      startOver: () =>
        set({ ...emptyScanState(), respondentId: undefined, retired: undefined, updatedAt: now() }),
      ensureRespondentId: () => {
        const existing = get().respondentId;
        if (existing) return existing;
        const respondentId = randomId();
        set({ respondentId });
        return respondentId;
      },
    }),
    {
      name: SCAN_STORAGE_KEY,
      version: SCAN_STATE_VERSION,
      storage: createGuardedStorage(scanStateSpec),
      // On a re-read (another tab saved), keep what is on screen if it is newer than what is stored.
      // A scan of an earlier edition is read into today's questionnaire here (see upgradeScan).
      merge: (persisted, current) => {
        const stored = persisted ? upgradeScan(questionnaire, persisted as ScanState) : undefined;
        if (!stored) return current;
        const oursIsNewer =
          current.updatedAt !== null &&
          (stored.updatedAt === null || stored.updatedAt < current.updatedAt);
        return oursIsNewer ? current : { ...current, retired: undefined, ...stored };
      },
      partialize: ({
        questionnaireVersion,
        profile,
        answers,
        updatedAt,
        respondentId,
        retired,
      }) => ({
        questionnaireVersion,
        profile,
        answers,
        updatedAt,
        respondentId,
        ...(retired ? { retired } : {}),
      }),
    },
  ),
);
