import { type ReactNode, useId } from 'react';
import { useModal } from './modal';
import './dialog.css';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  /** A sentence, or more (a list, say) when the choice needs it. */
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal confirmation built on the native <dialog>: focus is trapped and Escape cancels. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel } = props;
  const ref = useModal(open);
  const titleId = useId();
  const bodyId = useId();

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} className="dialog__body">
        {typeof body === 'string' ? <p>{body}</p> : body}
      </div>
      <div className="dialog__actions">
        {/* Cancel comes first, so the native dialog focuses the safe choice. */}
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
