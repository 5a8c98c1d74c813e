/**
 * Runs `task` when the browser is next idle (at the latest after `timeout` ms, if given), for
 * work that must not hold up the screen now being drawn; the returned function cancels it.
 * (Its own file, not after-load.ts: that one is in the first load and this is not needed there.)
 */
export function whenIdle(task: () => void, timeout?: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, timeout ? { timeout } : {});
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 1);
  return () => clearTimeout(handle);
}
