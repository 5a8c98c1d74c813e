/** Calls `handler` when Escape is pressed anywhere on the page; returns the way to stop. */
export function onEscape(handler: () => void): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) handler();
  };
  document.addEventListener('keydown', listener);
  return () => document.removeEventListener('keydown', listener);
}
