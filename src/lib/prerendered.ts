/**
 * index.html holds the start screen prerendered in every language (scripts/vite/first-paint.ts);
 * the pre-paint script (boot.ts) chose which one shows. These hand the app its element.
 */

/** The element the app renders into, and whether it holds the prerendered start screen. */
export function appContainer(language: string): { element: HTMLElement; prerendered: boolean } {
  const screens = [...document.querySelectorAll<HTMLElement>('[data-prerendered]')];
  const mine = screens.find((screen) => screen.dataset.prerendered === language);
  for (const screen of screens) if (screen !== mine) screen.remove();
  // The prerendered tops of the theme steps are for the first paint only: the app draws its own.
  for (const shell of document.querySelectorAll('[data-scan-shell]')) shell.remove();
  if (mine) {
    // The attribute only picks what shows before the app runs; a later language switch must
    // not hide the app.
    delete mine.dataset.prerendered;
    mine.id = 'root';
    return { element: mine, prerendered: true };
  }
  // The development server serves index.html as written: one empty root.
  const root =
    document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  return { element: root, prerendered: false };
}

/** The route the pre-paint script saw ('' for the start screen). */
export function bootRoute(): string {
  return document.documentElement.dataset.bootRoute ?? '';
}

/** The app takes the page over: the pre-paint script's marks no longer hide or show anything. */
export function endBoot(): void {
  delete document.documentElement.dataset.bootRoute;
  delete document.documentElement.dataset.bootShell;
}

/** The app has taken the page over: a tap held by the pre-paint script (boot.ts) is given again. */
export function announceReady(): void {
  document.dispatchEvent(new Event('collective-scan:ready'));
}
