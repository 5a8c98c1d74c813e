/**
 * The text files (i18next namespaces) a screen needs for its first render, beyond the shell's
 * own. One list for the three places that fetch them: the screen itself (all at once, not one
 * after another as its parts render), the pre-paint script on a link straight to the screen
 * (scripts/vite/first-paint.ts) and the shell's idle preload of the screen that usually comes
 * next (src/app/routes.tsx). The first name is the screen's own.
 */
export const SCREEN_TEXTS = {
  scan: ['wizard', 'profile', 'questionnaire'],
  results: ['results', 'advice', 'questionnaire', 'handin', 'workshop'],
  groupResults: ['workshop', 'questionnaire', 'results', 'advice'],
} as const;

/** What a screen's preload needs of i18next: to fetch text files ahead of their first use. */
export type ScreenTexts = { loadNamespaces: (namespaces: string[]) => Promise<unknown> };

/** Fetches a screen's text files ahead of its first render. */
export function preloadScreenTexts(
  i18n: ScreenTexts,
  screen: keyof typeof SCREEN_TEXTS,
): Promise<unknown> {
  return i18n.loadNamespaces([...SCREEN_TEXTS[screen]]);
}
