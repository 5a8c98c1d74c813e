import type { ReactNode } from 'react';
import './notice.css';

type NoticeProps = {
  tone: 'info' | 'warning';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
};

/** A message box; its role makes screen readers announce it. The icon and title carry the tone, not colour alone. */
export function Notice({ tone, title, children, actions }: NoticeProps) {
  return (
    <section className={`notice notice--${tone}`} role={tone === 'warning' ? 'alert' : 'status'}>
      <p className="notice__title">
        <span aria-hidden="true">{tone === 'warning' ? '⚠ ' : 'ℹ '}</span>
        {title}
      </p>
      {children}
      {actions ? <div className="notice__actions">{actions}</div> : null}
    </section>
  );
}
