/** Whether the user asked the system for less motion (then scrolling jumps instead of gliding). */
function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * Scrolls the page just enough to show all of `element` (its top first when it is taller than
 * the window); nothing when it is already in view. Keyboard focus stays where it is. `smooth`
 * glides, unless the user prefers reduced motion.
 */
export function bringIntoView(element: Element | null | undefined, smooth: boolean): void {
  if (!element || typeof element.scrollIntoView !== 'function') return;
  element.scrollIntoView({
    block: 'nearest',
    inline: 'nearest',
    behavior: smooth && !prefersReducedMotion() ? 'smooth' : 'auto',
  });
}
