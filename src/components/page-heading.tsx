import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's single h1. It takes focus whenever `focusKey` changes, so keyboard and screen
 * reader users land at the top of the new content after every navigation (RGAA 12.x, WCAG 2.4.3).
 * Focus never scrolls: inside an LMS iframe, a plain `focus()` also scrolls the LMS's own page
 * (Moodle 5 hid its breadcrumb and « Exit activity » under its fixed bar, issue 8 item 6), so only
 * the course's own document is scrolled, and `window.scrollTo` never reaches a parent document.
 */
export function PageHeading({ focusKey, children }: { focusKey: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
