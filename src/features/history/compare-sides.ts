import { questionnaire } from '@/content/questionnaire';
import { type Snapshot, scoresForSnapshot } from '@/domain/records';
import type { ScanScores } from '@/domain/scoring';

/** The value of "your answers now" in the pickers; snapshot ids are random and never this. */
export const CURRENT = 'current';

/** One side of a comparison: a saved snapshot or the scan as it stands now. */
export type Side = Pick<Snapshot, 'themeScores' | 'questionnaireVersion'> & {
  id: string;
  label: string;
};

/**
 * What can be compared: the scan as it stands (when it has answers), then every snapshot, newest
 * first; and which two to show at first. With two snapshots or more, the two newest (as before
 * "now" was offered); with one, that one against now.
 */
export function compareSides(
  snapshots: readonly Snapshot[],
  current: { scores: ScanScores; label: string } | null,
  label: (snapshot: Snapshot) => string,
): { sides: Side[]; before: string; after: string } {
  const now: Side[] = current
    ? [
        {
          id: CURRENT,
          label: current.label,
          questionnaireVersion: questionnaire.version,
          themeScores: scoresForSnapshot(current.scores).themeScores,
        },
      ]
    : [];
  const saved: Side[] = snapshots.map((snapshot) => ({
    id: snapshot.id,
    label: label(snapshot),
    questionnaireVersion: snapshot.questionnaireVersion,
    themeScores: snapshot.themeScores,
  }));
  const [newest, previous] = snapshots;
  if (newest && previous)
    return { sides: [...now, ...saved], before: previous.id, after: newest.id };
  if (newest && current) return { sides: [...now, ...saved], before: newest.id, after: CURRENT };
  return { sides: [...now, ...saved], before: '', after: '' };
}
