/** Marks the whole document for projector mode, so the root font size (and every rem) grows. */
export function setProjectorClass(on: boolean): void {
  if (typeof document === 'undefined') return;
  document.documentElement.classList.toggle('projector', on);
}

/** Moves keyboard focus to the element with this id (the skip link's target). */
export function focusById(id: string): void {
  if (typeof document === 'undefined') return;
  document.getElementById(id)?.focus();
}

/** Where an overlay is rendered when it must not inherit the styles of where it is opened. */
export function overlayRoot(): HTMLElement {
  return document.body;
}
