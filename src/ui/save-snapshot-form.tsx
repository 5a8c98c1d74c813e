import { type ReactNode, useId, useState } from 'react';
import './field.css';

type Props = {
  title: string;
  intro: string;
  nameLabel: string;
  saveLabel: string;
  defaultName: string;
  /** Shown (and announced) after saving, e.g. a line with a link to the history. */
  savedMessage: ReactNode;
  /** Shown instead when the snapshot could not be saved (storage full or blocked). */
  notSavedMessage: string;
  /** Saves; false when it could not be saved. */
  onSave: (name: string) => boolean;
};

/** Keeps the current result under a name the user may change; the caller decides what is kept. */
export function SaveSnapshotForm({
  title,
  intro,
  nameLabel,
  saveLabel,
  defaultName,
  savedMessage,
  notSavedMessage,
  onSave,
}: Props) {
  const [name, setName] = useState(defaultName);
  const [saved, setSaved] = useState<boolean | null>(null);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`} className="no-print">
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(onSave(name.trim() || defaultName));
        }}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-name`}>
            {nameLabel}
          </label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          {saveLabel}
        </button>
      </form>
      <p role="status">
        {saved === true ? savedMessage : null}
        {saved === false ? notSavedMessage : null}
      </p>
    </section>
  );
}
