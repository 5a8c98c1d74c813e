import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/domain/settings';
import { useSettingsStore } from '@/stores/settings-store';

const NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands' };

/** NL/EN toggle. Each language is named in itself, so a reader finds their own. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useSettingsStore((state) => state.setLanguage);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switch__button"
          aria-pressed={i18n.language === language}
          onClick={() => {
            setLanguage(language);
            void i18n.changeLanguage(language);
          }}
        >
          <span aria-hidden="true">{language.toUpperCase()}</span>
          <span className="visually-hidden">{NAMES[language]}</span>
        </button>
      ))}
    </fieldset>
  );
}
