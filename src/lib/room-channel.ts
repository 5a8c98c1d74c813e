/**
 * Two windows of this app on one device (the facilitator's laptop and the audience window on the
 * projector) talk through a BroadcastChannel: no network, works offline, and either window can
 * reload and ask again. Messages are checked by the receiver (src/domain/room.ts).
 */
const CHANNEL = 'collective-scan:room';

export type RoomChannel = { post: (message: unknown) => void; close: () => void };

/**
 * Opens the room channel; `onMessage` gets what the other windows post. `farewell`, when given,
 * is posted when this window closes, reloads or leaves the screen, so the others know it is gone.
 */
export function openRoomChannel(
  onMessage: (message: unknown) => void,
  farewell?: unknown,
): RoomChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => onMessage(event.data);
  const sayFarewell = () => channel.postMessage(farewell);
  if (farewell !== undefined) window.addEventListener('pagehide', sayFarewell);
  return {
    post: (message) => channel.postMessage(message),
    close: () => {
      if (farewell !== undefined) {
        window.removeEventListener('pagehide', sayFarewell);
        sayFarewell();
      }
      channel.close();
    },
  };
}

/**
 * Opens a second window (for the projector). Must be called straight from the click, or the
 * browser may refuse it or open a tab.
 */
export function openWindow(url: string, name: string): boolean {
  const opened = window.open(url, name, 'popup');
  return opened !== null;
}
