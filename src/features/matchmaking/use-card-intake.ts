import { useCallback, useRef, useState } from 'react';
import type { MergeOutcome } from '@/domain/matching';
import { useMatchmakingStore } from '@/stores/matchmaking-store';
import type { CardIntake, IntakeError } from './card-intake';

/** The notes kept on screen; older ones scroll away. */
const KEPT = 30;

type NoteBody =
  | { kind: MergeOutcome; name: string }
  | { kind: 'failed'; item: string; error: IntakeError }
  | { kind: 'notSaved' };
export type IntakeNote = NoteBody & { id: number };

/** Adds what an intake read to the collection and keeps a log of what became of each card. */
export function useCardIntake() {
  const addCards = useMatchmakingStore((state) => state.addCards);
  const [notes, setNotes] = useState<IntakeNote[]>([]);
  const counter = useRef(0);

  const take = useCallback(
    (intake: CardIntake) => {
      const fresh: NoteBody[] = intake.failures.map((failure) => ({
        kind: 'failed',
        ...failure,
      }));
      if (intake.cards.length > 0) {
        const { outcomes, saved } = addCards(intake.cards);
        if (!saved.ok) fresh.push({ kind: 'notSaved' });
        intake.cards.forEach((card, index) => {
          fresh.push({ kind: outcomes[index] ?? 'same', name: card.name });
        });
      }
      setNotes((list) =>
        [
          ...list,
          ...fresh.map((note) => {
            counter.current += 1;
            return { ...note, id: counter.current };
          }),
        ].slice(-KEPT),
      );
    },
    [addCards],
  );
  return { notes, take };
}
