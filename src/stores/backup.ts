import { questionnaire } from '@/content/questionnaire';
import { keepKnownAnswers } from '@/domain/answers';
import { type Backup, makeBackup, type ParsedBackup } from '@/domain/backup';
import { useRecordsStore } from './records-store';
import { useScanStore } from './scan-store';
import { useSessionStore } from './session-store';

/** Everything this device keeps, as one backup file. */
export function exportBackup(exportedAt: string): Backup {
  const { profile, answers, updatedAt } = useScanStore.getState();
  const { snapshots, actions } = useRecordsStore.getState();
  const { sessions } = useSessionStore.getState();
  return makeBackup({
    questionnaireVersion: questionnaire.version,
    exportedAt,
    scan: { profile, answers, updatedAt },
    snapshots,
    actions,
    sessions,
  });
}

/**
 * Opens a checked backup: its scan replaces this device's scan (answers to unknown questions are
 * left out), its snapshots, plan steps and sessions are added next to what is here. Returns how
 * many answers were opened.
 */
export function importBackup(parsed: ParsedBackup): { answers: number } {
  const { backup } = parsed;
  const { kept } = keepKnownAnswers(questionnaire, backup.scan.answers);
  useScanStore.getState().replaceScan({ profile: backup.scan.profile, answers: kept });
  useRecordsStore
    .getState()
    .importRecords({ snapshots: backup.snapshots, actions: backup.actions });
  const known = new Set(useSessionStore.getState().sessions.map((session) => session.id));
  useSessionStore
    .getState()
    .importSessions(backup.sessions.filter((session) => !known.has(session.id)));
  return { answers: Object.keys(kept).length };
}
