import { useId } from 'react';
import { jumpTo } from '@/lib/jump-to';
import './page-index.css';

/** A section of the page the index reaches: the id of its heading (tabIndex -1) and its label. */
export type PageIndexEntry = readonly [id: string, label: string];

/**
 * "On this page": buttons that bring a section's heading to the top of a long page and give it
 * focus. Buttons, not `#id` links: the URL hash holds the route.
 */
export function PageIndex({
  title,
  entries,
  className,
}: {
  title: string;
  entries: readonly PageIndexEntry[];
  /** The screen's own class, for where the index stands in its layout. */
  className?: string;
}) {
  const titleId = useId();
  return (
    <nav
      className={className ? `page-index no-print ${className}` : 'page-index no-print'}
      aria-labelledby={titleId}
    >
      <p id={titleId} className="page-index__title">
        {title}
      </p>
      <ul className="page-index__list">
        {entries.map(([id, label]) => (
          <li key={id}>
            <button type="button" className="button button--small" onClick={() => jumpTo(id)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
