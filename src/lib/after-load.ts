/** Runs `task` once the page has loaded and the browser is idle, so it never delays the first screen. */
export function afterLoad(task: () => void): void {
  if (typeof window === 'undefined') return;
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(() => task())
      : setTimeout(task, 1);
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/**
 * Loads a module in idle time, before it is needed. A load that fails (offline before the service
 * worker had the file, or the page left while it loaded) is no fault here: the screen that needs
 * the module loads it again, and says so if that fails too.
 */
export function preloadWhenIdle(load: () => Promise<unknown>): void {
  afterLoad(() => void load().catch(() => {}));
}
