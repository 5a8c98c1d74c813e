import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import '@/ui/field.css';

type LineFieldProps = {
  label: string;
  hint: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
};

/** One line the board writes for its card, with how many characters are left. */
export function LineField({ label, hint, value, max, onChange }: LineFieldProps) {
  const { t } = useTranslation('exchange');
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={max}
        aria-describedby={`${id}-hint ${id}-left`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="field__hint card-form__left" id={`${id}-left`}>
        {t('form.left', { count: max - value.length })}
      </p>
    </div>
  );
}
