import { registerSW } from 'virtual:pwa-register';

type ServiceWorkerEvents = {
  onOfflineReady: () => void;
  onUpdateReady: (applyUpdate: () => void) => void;
};

/**
 * Registers the service worker that precaches the app for offline use. Loaded after the first
 * render, so it is not part of the first load. Does nothing where service workers are unavailable.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    onOfflineReady: events.onOfflineReady,
    onNeedRefresh: () => events.onUpdateReady(() => void update(true)),
  });
}
