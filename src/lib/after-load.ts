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
