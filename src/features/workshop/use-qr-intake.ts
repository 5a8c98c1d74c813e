import { useCallback, useRef, useState } from 'react';
import { type MergeOutcome, respondentNumber } from '@/domain/session';
import type { PhotoError } from '@/lib/qr';
import { useSessionStore } from '@/stores/session-store';
import { type IntakeError, respondentsFromLinks } from './answers-intake';

/** A code read again within this time is the same code still in front of the camera. */
export const SAME_CODE_MS = 3000;
/** The confirmations kept on screen; older ones scroll away. */
const KEPT = 12;

type NoteBody =
  | { kind: MergeOutcome; name: string | null; number: number }
  | { kind: 'failed'; error: IntakeError }
  | { kind: PhotoError; file: string };
/** One line in the scan log: what became of a code (or why there was none). */
export type ScanNote = NoteBody & { id: number };

/**
 * Takes scanned codes through the same intake as pasted links and into the session; keeps a log
 * of what each did. A code seen again within SAME_CODE_MS of the last sighting is ignored.
 */
export function useQrIntake(sessionId: string) {
  const addRespondents = useSessionStore((state) => state.addRespondents);
  const [notes, setNotes] = useState<ScanNote[]>([]);
  const lastSeen = useRef(new Map<string, number>());
  const counter = useRef(0);

  const note = useCallback((next: NoteBody) => {
    counter.current += 1;
    const id = counter.current;
    setNotes((list) => [...list, { ...next, id }].slice(-KEPT));
  }, []);

  /** `fromCamera`: frames repeat a code many times a second; a chosen photo is always read. */
  const takeCode = useCallback(
    (text: string, fromCamera: boolean) => {
      if (fromCamera) {
        const now = Date.now();
        const before = lastSeen.current.get(text);
        lastSeen.current.set(text, now);
        if (before !== undefined && now - before < SAME_CODE_MS) return;
      }
      const intake = respondentsFromLinks(text);
      for (const failure of intake.failures) note({ kind: 'failed', error: failure.error });
      const incoming = intake.respondents.map((entry) => entry.respondent);
      const outcomes = addRespondents(sessionId, incoming);
      const session = useSessionStore.getState().sessions.find((item) => item.id === sessionId);
      incoming.forEach((respondent, index) => {
        note({
          kind: outcomes[index] ?? 'duplicate',
          name: respondent.name ?? null,
          number: respondentNumber(session?.respondents ?? [], respondent.id),
        });
      });
    },
    [addRespondents, note, sessionId],
  );

  const notePhotoError = useCallback(
    (error: PhotoError, file: string) => note({ kind: error, file }),
    [note],
  );

  return { notes, takeCode, notePhotoError };
}
