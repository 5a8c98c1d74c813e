/**
 * A hidden element out of sight and out of the page's flow, to draw into once (the radar's
 * warm-up); `remove` takes it away. Hidden from assistive technology and from focus.
 */
export function offscreenHost(className: string): { element: HTMLElement; remove: () => void } {
  const element = document.createElement('div');
  element.className = className;
  element.setAttribute('aria-hidden', 'true');
  element.inert = true;
  document.body.append(element);
  return { element, remove: () => element.remove() };
}

/** Calls `then` after the next two frames: what was drawn before has been laid out and painted. */
export function afterTwoFrames(then: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(then)));
}
