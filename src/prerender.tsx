import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from '@/app/app';
import { LANGUAGE_CODES, type Language } from '@/domain/languages';
import { initI18nWithResources } from '@/lib/i18n';

// Node has no fetch for the built files: the shell's texts come straight from the source.
const shellTexts = import.meta.glob<Record<string, unknown>>('../locales/*/common.json', {
  import: 'default',
  eager: true,
});

/**
 * The start screen as a first-time visitor sees it, in every language, as HTML for index.html.
 * Runs in Node at build time (scripts/vite/prerender-start.mjs); the browser shows the screen of
 * its language before any script has run, and main.tsx then hydrates it.
 */
export async function renderStartScreens(): Promise<Record<Language, string>> {
  const screens: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGE_CODES) {
    await initI18nWithResources(language, {
      [language]: { common: shellTexts[`../locales/${language}/common.json`] ?? {} },
    });
    screens[language] = renderToString(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
  return screens as Record<Language, string>;
}
