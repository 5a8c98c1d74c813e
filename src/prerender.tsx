import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { LANGUAGE_CODES, type Language } from '@/domain/languages';
import { SCREEN_TEXTS } from '@/domain/screen-texts';
import { ScanShells } from '@/features/assessment/scan-shell';
import { initI18nWithResources } from '@/lib/i18n';

// Node has no fetch for the built files: the texts come straight from the source.
const texts = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  import: 'default',
  eager: true,
});

/** The shell's texts and the scan's, of one language, as i18next resources. */
function resources(language: Language) {
  const namespaces = ['common', ...SCREEN_TEXTS.scan];
  return {
    [language]: Object.fromEntries(
      namespaces.map((namespace) => [
        namespace,
        texts[`../locales/${language}/${namespace}.json`] ?? {},
      ]),
    ),
  };
}

const MAIN = '<main id="main" tabindex="-1">';

/**
 * The start screen as a first-time visitor sees it, in every language, as HTML for index.html,
 * with the top of each theme step (ScanShells) at the start of its <main>, hidden unless the
 * address is a link into that theme. Runs in Node at build time
 * (scripts/vite/prerender-start.mjs); the browser shows the screen of its language before any
 * script has run, and main.tsx then takes it over.
 */
export async function renderStartScreens(): Promise<Record<Language, string>> {
  const screens: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGE_CODES) {
    await initI18nWithResources(language, resources(language));
    const start = renderToString(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    if (start.split(MAIN).length !== 2) throw new Error(`prerender: no single ${MAIN}`);
    screens[language] = start.replace(MAIN, () => `${MAIN}${renderToString(<ScanShells />)}`);
  }
  return screens as Record<Language, string>;
}
