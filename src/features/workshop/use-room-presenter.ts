import { useEffect, useRef, useState } from 'react';
import { type RoomState, readRoomMessage } from '@/domain/room';
import { appAddress } from '@/lib/address';
import { openRoomChannel, openWindow, type RoomChannel } from '@/lib/room-channel';

type Shown = Omit<RoomState, 'type' | 'sentAt'>;

function postState(channel: RoomChannel | null, shown: Shown | null): void {
  if (shown) channel?.post({ type: 'state', ...shown, sentAt: Date.now() });
}

/**
 * The facilitator's side of the audience window: posts what the room should see whenever it
 * changes, answers an audience window that (re)opens, and opens that window.
 */
export function useRoomPresenter(shown: Shown | null): {
  audience: boolean;
  /** The browser refused to open the audience window (pop-ups blocked). */
  blocked: boolean;
  openAudience: () => void;
} {
  const [audience, setAudience] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const channel = useRef<RoomChannel | null>(null);
  const latest = useRef(shown);
  latest.current = shown;
  useEffect(() => {
    channel.current = openRoomChannel((data) => {
      const message = readRoomMessage(data);
      if (message?.sessionId !== latest.current?.sessionId) return;
      if (message?.type === 'hello') {
        setAudience(true);
        postState(channel.current, latest.current);
      }
      // With the audience window gone, this window may be the one on the projector again:
      // hidden counts are hidden here too.
      if (message?.type === 'bye') setAudience(false);
    });
    return () => channel.current?.close();
    // The channel lives as long as the page; the answer reads the latest state through a ref.
  }, []);

  const key = JSON.stringify(shown);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for what is shown.
  useEffect(() => postState(channel.current, latest.current), [key]);

  return {
    audience,
    blocked,
    openAudience: () => {
      if (!shown) return;
      const opened = openWindow(appAddress(`/room/${shown.sessionId}`), 'collective-scan-audience');
      setBlocked(!opened);
      if (opened) setAudience(true);
    },
  };
}
