import { useTranslation } from 'react-i18next';
import { CARD_LIMITS } from '@/domain/exchange-card';
import { themeKey } from '@/lib/i18n-keys';
import { useCardStore } from '@/stores/card-store';
import { LineField } from './line-field';

type CardFormProps = { strongest: readonly string[]; weakest: readonly string[] };

/** Where the board writes its card: place, an example per strong theme, a question per weak one, contact. */
export function CardForm({ strongest, weakest }: CardFormProps) {
  const { t } = useTranslation('exchange');
  const { t: tq } = useTranslation('questionnaire');
  const draft = useCardStore((state) => state);
  return (
    <section aria-labelledby="card-form" className="card-form no-print">
      <h2 id="card-form">{t('form.title')}</h2>
      <LineField
        label={t('form.place')}
        hint={t('form.placeHint')}
        value={draft.place ?? ''}
        max={CARD_LIMITS.place}
        onChange={draft.setPlace}
      />
      <fieldset className="card-form__group">
        <legend>{t('form.shareTitle')}</legend>
        <p>{strongest.length > 0 ? t('form.shareIntro') : t('form.noThemes')}</p>
        {strongest.map((theme) => (
          <LineField
            key={theme}
            label={t('form.example', { theme: tq(themeKey(theme, 'title')) })}
            hint={t('form.exampleHint')}
            value={draft.examples[theme] ?? ''}
            max={CARD_LIMITS.line}
            onChange={(line) => draft.setExample(theme, line)}
          />
        ))}
      </fieldset>
      <fieldset className="card-form__group">
        <legend>{t('form.learnTitle')}</legend>
        <p>{weakest.length > 0 ? t('form.learnIntro') : t('form.noThemes')}</p>
        {weakest.map((theme) => (
          <LineField
            key={theme}
            label={t('form.question', { theme: tq(themeKey(theme, 'title')) })}
            hint={t('form.questionHint')}
            value={draft.questions[theme] ?? ''}
            max={CARD_LIMITS.line}
            onChange={(line) => draft.setQuestion(theme, line)}
          />
        ))}
      </fieldset>
      <LineField
        label={t('form.contact')}
        hint={t('form.contactHint')}
        value={draft.contact ?? ''}
        max={CARD_LIMITS.contact}
        onChange={draft.setContact}
      />
    </section>
  );
}
