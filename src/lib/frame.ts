import type common from '@locales/en/common.json';
import { browserLanguage, loadLocale } from '@/lib/i18n';

/**
 * True when this page runs inside a frame and any frame above it is another origin. Reading
 * another origin's location throws, and so does reading any location from a sandboxed frame.
 */
export function framedByAnotherOrigin(page: Window = window): boolean {
  let frame = page;
  while (frame !== frame.parent) {
    frame = frame.parent;
    try {
      if (frame.location.origin !== page.location.origin) return true;
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * Inside another website's frame, "Delete all my data" could be clicked through a disguise
 * (clickjacking), and a <meta> CSP cannot forbid framing. So there the app does not start: the
 * page says why, in the browser's language, and links to the app in its own tab. Returns
 * whether it refused.
 */
export async function refuseForeignFrame(): Promise<boolean> {
  if (!framedByAnotherOrigin()) return false;
  // The prerendered start screen goes at once; its text follows when the shell's texts are in.
  document.body.replaceChildren();
  const language = browserLanguage();
  const texts = ((await loadLocale(language, 'common')) as typeof common).frame;
  document.documentElement.lang = language;
  document.title = texts.title;
  const heading = document.createElement('h1');
  heading.textContent = texts.title;
  const text = document.createElement('p');
  text.textContent = texts.text;
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = texts.open;
  const main = document.createElement('main');
  main.append(heading, text, link);
  document.body.replaceChildren(main);
  return true;
}
