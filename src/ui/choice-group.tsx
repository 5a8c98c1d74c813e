import { type ReactNode, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import './choice-group.css';

type Choice = { value: string; label: string; group?: 'scale' | 'other' };

type ChoiceGroupProps = {
  legend: ReactNode;
  description?: ReactNode;
  choices: Choice[];
  registration: UseFormRegisterReturn;
  /** Vertical list for long option texts; a row for the short agreement scale. */
  layout: 'row' | 'column';
};

/** A labelled radio group: arrow keys move within it, Tab moves past it (native radios). */
export function ChoiceGroup({
  legend,
  description,
  choices,
  registration,
  layout,
}: ChoiceGroupProps) {
  const descriptionId = useId();
  const idBase = useId();
  return (
    <fieldset
      className={`choice-group choice-group--${layout}`}
      aria-describedby={description ? descriptionId : undefined}
    >
      <legend className="choice-group__legend">{legend}</legend>
      {description ? (
        <p id={descriptionId} className="choice-group__help">
          {description}
        </p>
      ) : null}
      <div className="choice-group__options">
        {choices.map((choice) => {
          const id = `${idBase}-${choice.value}`;
          return (
            <div key={choice.value} className={`choice choice--${choice.group ?? 'scale'}`}>
              <input type="radio" id={id} value={choice.value} {...registration} />
              <label htmlFor={id}>{choice.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
