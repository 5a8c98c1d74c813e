import { questionnaire } from '@/content/questionnaire';
import { SCAN_STORAGE_KEY } from '@/domain/boot-hints';
import type { Profile } from '@/domain/profile';
import { ok } from '@/domain/result';
import { scanDocSpec, scanFromItems, scanItems } from '@/domain/scan-items';
import { type ScanState, upgradeScan } from '@/domain/scan-state';
import { randomId } from '@/lib/ids';
import type { SaveResult } from './sync-engine';
import { createSyncedStore } from './synced-store';

type ScanActions = {
  setAnswer: (questionId: string, answer: string) => void;
  clearAnswer: (questionId: string) => void;
  setProfile: (profile: Profile) => void;
  /** Replaces profile and answers at once (opening a backup); earlier retired answers are kept. */
  replaceScan: (scan: Pick<ScanState, 'profile' | 'answers' | 'retired'>) => SaveResult;
  /** Lets go of answers to an earlier edition, once the user has seen them. */
  forgetRetired: () => void;
  /** Removes this device's answers and profile, also in every other open tab. */
  startOver: () => void;
  /** This device's respondent id for shared answers, made on first use. */
  ensureRespondentId: () => string;
};

export function emptyScanState(): ScanState {
  return { questionnaireVersion: questionnaire.version, profile: {}, answers: {}, updatedAt: null };
}

const now = () => new Date().toISOString();

export const useScanStore = createSyncedStore<ScanState, ScanActions>(
  {
    key: SCAN_STORAGE_KEY,
    data: 'answers',
    spec: scanDocSpec,
    toItems: scanItems,
    // A scan of an earlier edition is read into today's questionnaire (see upgradeScan); the
    // next change saves it that way.
    fromItems: (items) => {
      const scan = scanFromItems(items, questionnaire.version);
      return scan.ok ? ok(upgradeScan(questionnaire, scan.value)) : scan;
    },
    final: () => false,
    empty: emptyScanState,
  },
  ({ commit, get, engine }) => ({
    setAnswer: (questionId, answer) =>
      void commit((state) => ({
        ...state,
        answers: { ...state.answers, [questionId]: answer },
        updatedAt: now(),
      })),
    clearAnswer: (questionId) =>
      void commit((state) => {
        const { [questionId]: _removed, ...answers } = state.answers;
        return { ...state, answers, updatedAt: now() };
      }),
    setProfile: (profile) => void commit((state) => ({ ...state, profile, updatedAt: now() })),
    replaceScan: ({ profile, answers, retired }) =>
      commit(
        (state) => ({
          ...state,
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
        }),
        // An opened file that does not fit is not opened either: what is here stays.
        { atomic: true },
      ),
    forgetRetired: () =>
      void commit(({ retired: _gone, ...state }) => ({ ...state, updatedAt: now() })),
    startOver: () => void engine.erase(),
    ensureRespondentId: () => {
      const existing = get().respondentId;
      if (existing) return existing;
      const respondentId = randomId();
      commit((state) => ({ ...state, respondentId }));
      return respondentId;
    },
  }),
);
