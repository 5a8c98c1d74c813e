import { type ReactNode, useId } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import './choice-group.css';

/** One option; `help` is a line under the label, read out as the radio's description. */
type Choice = { value: string; label: string; help?: string; group?: 'scale' | 'other' };

/**
 * How the radios are bound: a react-hook-form registration inside a form, or the chosen value and
 * a callback (a scan statement: no form state, the radio shows the stored answer).
 */
type Binding =
  | UseFormRegisterReturn
  | { name: string; value: string | null; onChoose: (value: string) => void };

type ChoiceGroupProps = {
  legend: ReactNode;
  description?: ReactNode;
  choices: Choice[];
  registration: Binding;
  /**
   * A row for the short agreement scale, a column for long option texts (both for statements,
   * whose legend is the statement); cards for a choice inside a form (legend like a field label).
   */
  layout: 'row' | 'column' | 'cards';
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
          // With a help line, the label's first line names the radio and the rest describes it.
          const named = choice.help
            ? { 'aria-labelledby': `${id}-label`, 'aria-describedby': `${id}-help` }
            : {};
          return (
            <div key={choice.value} className={`choice choice--${choice.group ?? 'scale'}`}>
              <input
                type="radio"
                id={id}
                value={choice.value}
                {...named}
                {...('onChoose' in registration
                  ? {
                      name: registration.name,
                      checked: registration.value === choice.value,
                      onChange: () => registration.onChoose(choice.value),
                    }
                  : registration)}
              />
              <label htmlFor={id}>
                {choice.help ? (
                  <>
                    <span id={`${id}-label`} className="choice__label">
                      {choice.label}
                    </span>
                    <span id={`${id}-help`} className="choice__help">
                      {choice.help}
                    </span>
                  </>
                ) : (
                  choice.label
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
