import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { questionnaire } from '@/content/questionnaire';
import { allQuestions } from '@/domain/questionnaire';
import { type RoomState, readRoomMessage } from '@/domain/room';
import { setProjectorClass } from '@/lib/document-mode';
import { questionKey, themeKey } from '@/lib/i18n-keys';
import { openRoomChannel } from '@/lib/room-channel';
import { TallyOptions } from './tally-options';
import './workshop.css';

const questions = new Map(allQuestions(questionnaire).map((question) => [question.id, question]));
const total = allQuestions(questionnaire).length;

/**
 * The audience window on the projector: the statement, its options and, once the facilitator
 * reveals them, the counts. Nothing else; it follows the facilitator's window.
 */
export function RoomPage() {
  const { t } = useTranslation('workshop');
  const { t: tq } = useTranslation('questionnaire');
  const { id = '' } = useParams<{ id: string }>();
  const [state, setState] = useState<RoomState | null>(null);

  // The audience window is for the projector: large type, whatever the setting on this device.
  useEffect(() => setProjectorClass(true), []);

  useEffect(() => {
    const channel = openRoomChannel(
      (data) => {
        const message = readRoomMessage(data);
        if (message?.type === 'state' && message.sessionId === id) setState(message);
      },
      // Closing this window tells the facilitator's window that no one sees the room screen.
      { type: 'bye', sessionId: id },
    );
    // Ask the facilitator's window for what to show (also after a reload of this window).
    channel.post({ type: 'hello', sessionId: id });
    return () => channel.close();
  }, [id]);

  const question = state ? questions.get(state.questionId) : undefined;
  if (!state || !question) {
    return (
      <div className="room">
        <h1 className="room__waiting">{t('room.waiting')}</h1>
      </div>
    );
  }
  return (
    <div className="room" data-sent-at={state.sentAt}>
      <p className="wizard__position">
        {t('tally.position', {
          theme: tq(themeKey(question.id.split('.')[0] ?? '', 'title')),
          current: state.index + 1,
          total,
        })}
      </p>
      <h1 className="room__statement">{tq(questionKey(question.id, 'text'))}</h1>
      {/* One line for the room instead of "hidden" on every answer. */}
      {state.revealed ? null : <p className="room__hidden">{t('room.countsHidden')}</p>}
      <TallyOptions question={question} counts={state.counts ?? {}} showCounts={state.revealed} />
    </div>
  );
}
