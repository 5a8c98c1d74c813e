/** The keys that step to the next and previous statement in projector mode. */
export const NEXT_KEY = 'ArrowRight';
export const PREVIOUS_KEY = 'ArrowLeft';

/**
 * Listens for single-key shortcuts on the whole page. Keys typed into text fields and keys with
 * Ctrl, Alt or Meta are left alone. The handler returns true when it used the key.
 */
export function onShortcut(handler: (key: string) => boolean): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    const typing =
      target?.isContentEditable ||
      target?.tagName === 'TEXTAREA' ||
      target?.tagName === 'SELECT' ||
      (target?.tagName === 'INPUT' &&
        !['radio', 'checkbox', 'button'].includes((target as HTMLInputElement).type));
    if (typing) return;
    if (handler(event.key)) event.preventDefault();
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}

/** Full screen on or off; does nothing where the browser does not allow it. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
