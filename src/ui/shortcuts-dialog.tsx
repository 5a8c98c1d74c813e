import { useId } from 'react';
import { useModal } from './modal';
import './dialog.css';
import './shortcuts-dialog.css';

type ShortcutsDialogProps = {
  open: boolean;
  title: string;
  closeLabel: string;
  shortcuts: { keys: string; action: string }[];
  onClose: () => void;
};

/** The list of keyboard shortcuts, in a native modal dialog (Escape closes it). */
export function ShortcutsDialog({
  open,
  title,
  closeLabel,
  shortcuts,
  onClose,
}: ShortcutsDialogProps) {
  const ref = useModal(open);
  const titleId = useId();
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <ShortcutList shortcuts={shortcuts} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </dialog>
  );
}

/** Keys and what they do, as a description list (also on the presenter's own screen). */
export function ShortcutList({ shortcuts }: { shortcuts: ShortcutsDialogProps['shortcuts'] }) {
  return (
    <dl className="shortcuts">
      {shortcuts.map((shortcut) => (
        <div key={shortcut.keys}>
          <dt>
            <kbd>{shortcut.keys}</kbd>
          </dt>
          <dd>{shortcut.action}</dd>
        </div>
      ))}
    </dl>
  );
}
