import { type ReactNode, useEffect, useRef } from 'react';
import './page-heading.css';

let firstPage = true;

/**
 * The page's h1. After a route change it takes focus, so keyboard and screen reader users
 * start at the top of the new screen; on the very first page the browser's own order stands.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
