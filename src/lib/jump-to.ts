/**
 * An in-page link for hash routing (the URL hash holds the route, so `href="#id"` cannot be
 * used): brings the element with this id to the top of the window and gives it keyboard focus,
 * so reading and tabbing go on from there. The element needs tabIndex -1.
 */
export function jumpTo(id: string): void {
  if (typeof document === 'undefined') return;
  const element = document.getElementById(id);
  if (!element) return;
  if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'start' });
  element.focus({ preventScroll: true });
}
