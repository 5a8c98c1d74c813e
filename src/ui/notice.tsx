import type { ReactNode } from 'react';
import './notice.css';

type NoticeProps = {
  tone: 'info' | 'warning';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** Good news that needs no reading: on a phone only its title and actions, on one line. */
  brief?: boolean;
};

/** A message box; its role makes screen readers announce it. The icon and title carry the tone, not colour alone. */
export function Notice({ tone, title, children, actions, brief = false }: NoticeProps) {
  return (
    <section
      className={`notice notice--${tone}${brief ? ' notice--brief' : ''}`}
      role={tone === 'warning' ? 'alert' : 'status'}
    >
      <p className="notice__title">
        <span aria-hidden="true">{tone === 'warning' ? '⚠ ' : 'ℹ '}</span>
        {title}
      </p>
      {children}
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </section>
  );
}
