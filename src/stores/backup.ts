import { questionnaire } from '@/content/questionnaire';
import { type Backup, makeBackup, type ParsedBackup } from '@/domain/backup';
import { useCardStore } from './card-store';
import { useMatchmakingStore } from './matchmaking-store';
import { useRecordsStore } from './records-store';
import { useScanStore } from './scan-store';
import { useSessionStore } from './session-store';
import { useSheetStore } from './sheet-store';
import type { DataName } from './sync-engine';

/** Everything this device keeps, as one backup file. */
export function exportBackup(exportedAt: string): Backup {
  const { profile, answers, updatedAt, retired } = useScanStore.getState();
  const { snapshots, actions } = useRecordsStore.getState();
  const { sessions } = useSessionStore.getState();
  const { collectiveId, place, contact, examples, questions } = useCardStore.getState();
  const { cards } = useMatchmakingStore.getState();
  return makeBackup({
    questionnaireVersion: questionnaire.version,
    exportedAt,
    scan: { profile, answers, updatedAt, ...(retired ? { retired } : {}) },
    snapshots,
    actions,
    sessions,
    card: {
      collectiveId,
      examples,
      questions,
      ...(place ? { place } : {}),
      ...(contact ? { contact } : {}),
    },
    ...(cards.length > 0 ? { matchmaking: cards } : {}),
    sheet: useSheetStore.getState().sheet,
  });
}

/**
 * Opens a checked backup (already read into today's questionnaire): its scan replaces this
 * device's scan, and answers that no longer count are kept as retired answers, so nothing is lost;
 * its snapshots, plan steps and sessions are added next to what is here. Each part is saved whole or
 * not at all; returns how many answers were opened and which parts could not be saved.
 */
export function importBackup(parsed: ParsedBackup): { answers: number; notSaved: DataName[] } {
  const { backup, dropped, fromEdition } = parsed;
  const retired =
    Object.keys(dropped).length > 0 || backup.scan.retired
      ? {
          questionnaireVersion: backup.scan.retired?.questionnaireVersion ?? fromEdition,
          answers: { ...backup.scan.retired?.answers, ...dropped },
        }
      : undefined;
  const scan = useScanStore.getState().replaceScan({
    profile: backup.scan.profile,
    answers: backup.scan.answers,
    ...(retired ? { retired } : {}),
  });
  const records = useRecordsStore
    .getState()
    .importRecords({ snapshots: backup.snapshots, actions: backup.actions });
  const known = new Set(useSessionStore.getState().sessions.map((session) => session.id));
  // A session already here (the same id) is the same session: a backup opened twice adds it once.
  const sessions = useSessionStore
    .getState()
    .importSessions(backup.sessions.filter((session) => !known.has(session.id)));
  // The card's lines come with the scan; gathered cards are added (the newer card of a collective wins).
  const card = backup.card ? useCardStore.getState().replaceDraft(backup.card) : { ok: true };
  const matchmaking = backup.matchmaking
    ? useMatchmakingStore.getState().addCards(backup.matchmaking).saved
    : { ok: true };
  // The conversation sheet comes with the scan; a backup made before the sheet existed leaves it.
  const sheet = backup.sheet ? useSheetStore.getState().replaceSheet(backup.sheet) : { ok: true };
  const results: [DataName, { ok: boolean }][] = [
    ['sheet', sheet],
    ['answers', { ok: scan.ok && card.ok }],
    ['records', records],
    ['sessions', { ok: sessions.ok && matchmaking.ok }],
  ];
  return {
    answers: scan.ok ? Object.keys(backup.scan.answers).length : 0,
    notSaved: results.filter(([, result]) => !result.ok).map(([data]) => data),
  };
}
