/** Marks the whole document for projector mode, so the root font size (and every rem) grows. */
export function setProjectorClass(on: boolean): void {
  if (typeof document === 'undefined') return;
  document.documentElement.classList.toggle('projector', on);
}
