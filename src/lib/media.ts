/** Whether the window is phone-narrow (below 40rem): long side lists then start folded. */
export function isNarrowWindow(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(max-width: 39.99rem)').matches
  );
}
