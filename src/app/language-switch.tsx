import { useTranslation } from 'react-i18next';
import { LANGUAGE_CODES, LANGUAGES } from '@/domain/languages';
import { useSettingsStore } from '@/stores/settings-store';

/** NL/EN toggle. Each language is named in itself, so a reader finds their own. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const setLanguage = useSettingsStore((state) => state.setLanguage);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGE_CODES.map((language) => (
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
          <span className="visually-hidden">{LANGUAGES[language]}</span>
        </button>
      ))}
    </fieldset>
  );
}
