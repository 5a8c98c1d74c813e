import { type ReactNode, useDeferredValue } from 'react';

/**
 * Draws `children` just after the rest of the screen. The first frame then holds only what is
 * above them (the results' radar, on a slow phone ~a third of a second sooner); the rest follows
 * in a render React may interrupt for a click. Only for content below the first screen, so that
 * nothing in view moves when it arrives.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  // On the first render the initial value (false); React then renders again with true.
  const ready = useDeferredValue(true, false);
  // Marked busy until then, for assistive technology (and for tests, which wait for it).
  return ready ? children : <div aria-busy="true" />;
}
