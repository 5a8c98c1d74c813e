import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGE_CODES, type Language, languageFromBrowser } from '@/domain/languages';

export const NAMESPACES = [
  'common',
  'wizard',
  'profile',
  'questionnaire',
  'advice',
  'results',
  'method',
  'workshop',
  'data',
  'retired',
  'handin',
  'exchange',
  'matchmaking',
  'sheet',
] as const;

/** The browser's preferred language among the ones we have. */
export function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'en';
  return languageFromBrowser(
    navigator.languages?.length ? navigator.languages : [navigator.language],
  );
}

function followDocumentLanguage(instance: I18n) {
  const apply = (language: string) => {
    if (typeof document === 'undefined') return;
    document.documentElement.lang = language;
    document.title = instance.t('common:app.documentTitle');
  };
  instance.on('languageChanged', apply);
  if (instance.isInitialized) apply(instance.language);
  instance.on('initialized', () => apply(instance.language));
}

const baseOptions = {
  fallbackLng: false as const,
  supportedLngs: LANGUAGE_CODES,
  // Only the shell's namespace loads up front; screens load theirs when they first render.
  ns: ['common'],
  defaultNS: 'common',
  // React escapes text itself; strings never carry HTML.
  interpolation: { escapeValue: false },
  returnNull: false,
};

// Translations are data, not code: each file is emitted as a hashed JSON asset and fetched when
// first needed. The shell's texts (common) are fetched at start, in parallel with the app's code:
// the pre-paint script (src/lib/boot.ts) preloads the active language's file.
const localeUrls = import.meta.glob<string>('../../locales/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

export async function loadLocale(
  language: string,
  namespace: string,
): Promise<Record<string, unknown>> {
  const url = localeUrls[`../../locales/${language}/${namespace}.json`];
  if (!url) throw new Error(`No translations for ${language}/${namespace}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: ${response.status}`);
  return response.json();
}

/** i18next's backend interface over loadLocale: all that a backend package would add here. */
const fetchBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    loadLocale(language, namespace).then(
      (texts) => callback(null, texts),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * Starts i18next for the app: loads the shell's texts (preloaded by the pre-paint script, so
 * usually from memory already); every other namespace loads when a screen needs it.
 */
export async function initI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  followDocumentLanguage(instance);
  await instance
    .use(initReactI18next)
    .use(fetchBackend)
    .init({
      ...baseOptions,
      lng: language,
    });
  return instance;
}

/**
 * An instance with the resources given inline, for tests: any missing key throws, so a test
 * that renders a screen also proves its keys exist.
 */
export async function initI18nWithResources(
  language: Language,
  resources: Resource,
): Promise<I18n> {
  const instance = i18next.createInstance();
  followDocumentLanguage(instance);
  await instance.use(initReactI18next).init({
    ...baseOptions,
    lng: language,
    resources,
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => {
      throw new Error(`Missing translation: ${ns}:${key}`);
    },
  });
  return instance;
}
