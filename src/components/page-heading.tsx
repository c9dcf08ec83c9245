import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's single h1. It takes focus whenever `focusKey` changes, so keyboard and screen
 * reader users land at the top of the new content after every navigation (RGAA 12.x, WCAG 2.4.3).
 */
export function PageHeading({ focusKey, children }: { focusKey: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
    window.scrollTo?.(0, 0);
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
