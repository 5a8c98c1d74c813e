import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isLadderRung, type LadderRung } from '@/content/conversation-sheet';

type Props = {
  label: string;
  hint: string;
  value: string;
  rungs: readonly LadderRung[];
  registration: UseFormRegisterReturn;
};

/**
 * A rung of the participation ladder, lowest first; under it, what the chosen rung means in the
 * words of the scan's ladder statement.
 */
export function LadderSelect({ label, hint, value, rungs, registration }: Props) {
  const { t } = useTranslation('sheet');
  const { t: tq } = useTranslation('questionnaire');
  const id = useId();
  return (
    <div className="field field--wide sheet-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <select id={id} aria-describedby={`${id}-hint ${id}-meaning`} {...registration}>
        <option value="">{t('fields.notChosen')}</option>
        {rungs.map((rung, index) => (
          <option key={rung} value={rung}>
            {index + 1}. {t(`ladder.${rung}`)}
          </option>
        ))}
      </select>
      <p id={`${id}-meaning`} className="sheet-field__note">
        {isLadderRung(value) ? tq(`options.sham-participation.q5.${value}`) : ''}
      </p>
    </div>
  );
}
