/**
 * The pre-paint script: a classic script in <head> that runs before the first paint (the CSP
 * forbids inline scripts, so it is a file of its own, built by scripts/vite/first-paint.ts).
 * - sets <html lang>: CSS then shows the prerendered start screen of that language only;
 * - sets projector mode's class, so its large type is there from the first frame;
 * - on a deep link (`#/scan/…`, `#/results` …) marks the route, so the start screen stays hidden,
 *   and fetches that screen's code and texts at once, alongside the app's own code; on a link
 *   into a theme, names the theme, so its prerendered heading and intro show meanwhile;
 * - starts the app: its module script is not in index.html but added here.
 */
import {
  bootHints,
  routeOf,
  SCAN_STORAGE_KEY,
  SETTINGS_STORAGE_KEY,
  scanShellOf,
} from '@/domain/boot-hints';
import { readItem } from './storage';

type Preloads = { modules: string[]; styles: string[]; texts: Record<string, string[]> };
declare const __ROUTE_PRELOADS__: Record<string, Preloads>;
/** The app's module script and the modules it imports, as the build named them. */
declare const __APP__: { entry: string; modules: string[]; projectorFonts: string[] };

function addLink(rel: string, href: string, as?: string) {
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  if (as) link.as = as;
  // Modules, fonts and fetch() ask in CORS mode (same-origin credentials): the preload must match.
  if (as === 'fetch' || as === 'font' || rel === 'modulepreload') link.crossOrigin = 'anonymous';
  document.head.append(link);
}

// A tap on a prerendered button before the app has taken the page over would do nothing (links
// work without script). It is held and given again once the app says it is ready (prerendered.ts).
const READY_EVENT = 'collective-scan:ready';
let heldTap: HTMLButtonElement | null = null;
const holdTap = (event: MouseEvent) => {
  const button = (event.target as Element | null)?.closest?.('button');
  if (!button) return;
  event.preventDefault();
  event.stopPropagation();
  heldTap = button;
};
document.addEventListener('click', holdTap, true);
document.addEventListener(
  READY_EVENT,
  () => {
    document.removeEventListener('click', holdTap, true);
    if (!heldTap) return;
    // Hydrated, the button is the same element; drawn anew, it is the one with the same class,
    // language and target.
    const same = (button: HTMLButtonElement) =>
      button.className === heldTap?.className &&
      button.lang === heldTap.lang &&
      button.getAttribute('aria-controls') === heldTap.getAttribute('aria-controls');
    const button = heldTap.isConnected
      ? heldTap
      : [...document.querySelectorAll('button')].find(same);
    heldTap = null;
    button?.click();
  },
  { once: true },
);

function startApp() {
  for (const href of __APP__.modules) addLink('modulepreload', href);
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = 'anonymous';
  script.src = __APP__.entry;
  document.head.append(script);
}

const stored = readItem(SETTINGS_STORAGE_KEY);
const hints = bootHints(
  stored.ok ? stored.value : null,
  navigator.languages?.length ? navigator.languages : [navigator.language],
);
const root = document.documentElement;
root.lang = hints.language;
root.classList.toggle('projector', hints.projector);
// Projector mode's typeface, fetched alongside the stylesheet: its text is then drawn in it from
// the first paint instead of switching fonts (and moving) a moment later.
if (hints.projector) for (const href of __APP__.projectorFonts) addLink('preload', href, 'font');

// A returning visitor's start screen has a "continue" button the prerendered one lacks: like a
// deep link, it stays hidden until the app draws it.
const scan = readItem(SCAN_STORAGE_KEY);
const route = routeOf(location.hash) || (scan.ok && scan.value ? 'start' : '');
if (route) root.dataset.bootRoute = route;
// A link into a theme: its heading and intro, in index.html, show until the app draws the step.
const shell = scanShellOf(location.hash, hints.projector, history.state);
if (shell) root.dataset.bootShell = shell;
const preloads = __ROUTE_PRELOADS__[route] ?? __ROUTE_PRELOADS__[''];
function loadApp() {
  for (const href of preloads?.texts[hints.language] ?? []) addLink('preload', href, 'fetch');
  for (const href of preloads?.modules ?? []) addLink('modulepreload', href);
  for (const href of preloads?.styles ?? []) addLink('preload', href, 'style');
  startApp();
}

// The prerendered start screen, and a theme's prerendered top, need no script to be seen: the
// app's code and texts load once they have been painted, so on a slow connection the text does
// not wait behind 100 KiB of JavaScript. Any other screen is drawn by the app: it loads at once.
if ((route && !shell) || document.visibilityState === 'hidden') loadApp();
else requestAnimationFrame(() => setTimeout(loadApp, 0));
