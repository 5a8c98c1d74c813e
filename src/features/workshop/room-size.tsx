import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/domain/session';
import { useSessionStore } from '@/stores/session-store';

/** "People in the room": set once, so the tally can notice missing or extra votes. */
export function RoomSizeField({ session }: { session: Session }) {
  const { t } = useTranslation('workshop');
  const setRoomSize = useSessionStore((state) => state.setRoomSize);
  const id = useId();
  return (
    <p className="room-size">
      <label htmlFor={id}>{t('tally.roomSize')}</label>{' '}
      <input
        id={id}
        type="number"
        min={1}
        max={10000}
        inputMode="numeric"
        aria-describedby={`${id}-hint`}
        value={session.roomSize ?? ''}
        onChange={(event) => {
          const value = Number.parseInt(event.target.value, 10);
          setRoomSize(session.id, Number.isInteger(value) && value > 0 ? value : undefined);
        }}
      />{' '}
      <span id={`${id}-hint`} className="room-size__hint">
        {t('tally.roomSizeHint')}
      </span>
    </p>
  );
}

/** After reveal, a gentle note when the votes do not add up to the people in the room. */
export function roomSizeNote(
  t: (key: 'tally.fewer' | 'tally.more', values: Record<string, number>) => string,
  people: number | undefined,
  votes: number,
  revealed: boolean,
): string | null {
  if (!revealed || people === undefined || votes === people) return null;
  return votes < people
    ? t('tally.fewer', { votes, people, missing: people - votes })
    : t('tally.more', { votes, people });
}
