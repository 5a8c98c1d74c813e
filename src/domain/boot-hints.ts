import { isLanguage, type Language, languageFromBrowser } from './languages';

/**
 * What the page must know before its first paint: which language's prerendered screen to show
 * and whether projector mode's large type applies. Read leniently from the stored settings (no
 * zod: this runs in the tiny pre-paint script), so a damaged value only means the defaults; the
 * settings store still checks the stored value fully and reports a fault when the app starts.
 */
/** Where the settings are stored (the settings store writes there; the pre-paint script reads). */
export const SETTINGS_STORAGE_KEY = 'collective-scan:settings';
/** Where the scan is stored (the scan store writes there; the pre-paint script only looks). */
export const SCAN_STORAGE_KEY = 'collective-scan:scan';

export type BootHints = { language: Language; projector: boolean };

/** The stored setting's value: items (version 2) or the older single object (version 1). */
function storedSetting(state: unknown, name: 'language' | 'projector'): unknown {
  if (typeof state !== 'object' || state === null) return undefined;
  const items = (state as { items?: unknown }).items;
  if (typeof items === 'object' && items !== null) {
    const entry = (items as Record<string, unknown>)[name];
    return typeof entry === 'object' && entry !== null ? (entry as { v?: unknown }).v : undefined;
  }
  return (state as Record<string, unknown>)[name];
}

export function bootHints(storedSettings: string | null, browser: readonly string[]): BootHints {
  let state: unknown;
  try {
    state =
      storedSettings === null ? null : (JSON.parse(storedSettings) as { state?: unknown }).state;
  } catch {
    state = null;
  }
  const language = storedSetting(state, 'language');
  return {
    language: isLanguage(language) ? language : languageFromBrowser(browser),
    projector: storedSetting(state, 'projector') === true,
  };
}

/**
 * The first part of a hash route (`#/scan/leadership` → `scan`); '' for the start page. The
 * pre-paint script uses it to fetch that screen's code and texts while the app's own code loads.
 */
export function routeOf(hash: string): string {
  return routeParts(hash)[0] ?? '';
}

/** The parts of a hash route's path (`#/scan/leadership/3?x` → scan, leadership, 3). */
function routeParts(hash: string): string[] {
  return (hash.replace(/^#?\/?/, '').split('?')[0] ?? '').split('/');
}

/**
 * The theme whose prerendered top (ScanShells, in index.html) the first paint shows: on a link
 * into a theme of the scan (`#/scan/leadership`, `#/scan/leadership/3`), '' on any other. Not in
 * projector mode, which shows one statement without the intro, nor when the step was opened by
 * "Change" on the results (the history entry says so), which adds a link above the heading.
 */
export function scanShellOf(hash: string, projector: boolean, historyState: unknown): string {
  const [route, step = ''] = routeParts(hash);
  if (route !== 'scan' || projector) return '';
  const from =
    typeof historyState === 'object' && historyState !== null
      ? (historyState as { from?: unknown }).from
      : undefined;
  return from === 'results' ? '' : step;
}
