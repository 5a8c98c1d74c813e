import { useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

type Props = {
  label: string;
  hint?: string;
  /** "120 of 400 characters": always shown, read with the field. */
  count: string;
  maxLength: number;
  /** Lines of a text area; without it, a one-line input. */
  rows?: number;
  registration: UseFormRegisterReturn;
};

/** A text field of the sheet with its limit shown as a count; typing stops at the limit. */
export function SheetTextField({ label, hint, count, maxLength, rows, registration }: Props) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, `${id}-count`].filter(Boolean).join(' ');
  const wiring = { id, maxLength, 'aria-describedby': describedBy, ...registration };
  return (
    <div className="field field--wide sheet-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {rows ? <textarea rows={rows} {...wiring} /> : <input type="text" {...wiring} />}
      <p id={`${id}-count`} className="sheet-field__note">
        {count}
      </p>
    </div>
  );
}
