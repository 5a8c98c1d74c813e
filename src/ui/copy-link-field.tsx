import { useId, useState } from 'react';
import './field.css';

type CopyLinkFieldProps = {
  label: string;
  link: string;
  copyLabel: string;
  copiedText: string;
  failedText: string;
  /** Copies the link; resolves false where the browser does not allow it. */
  onCopy: () => Promise<boolean>;
};

/** A read-only link in a labelled field, a copy button, and a spoken confirmation. */
export function CopyLinkField({
  label,
  link,
  copyLabel,
  copiedText,
  failedText,
  onCopy,
}: CopyLinkFieldProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const id = useId();
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <input
          id={id}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <button type="button" className="button" onClick={async () => setCopied(await onCopy())}>
        {copyLabel}
      </button>
      <p role="status">{copied === true ? copiedText : copied === false ? failedText : ''}</p>
    </>
  );
}
