import { useEffect, useRef, type ReactNode } from 'react';

declare module 'react' {
  // The parameter must keep React's name for the declarations to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /** Element Timing API: the browser reports when this element is first painted. */
    elementtiming?: string;
  }
}

/** The focusKey the page's h1 last took focus for (one h1 per page, so one value per page). */
let lastKey: string | null = null;

/** The site's own title, from index.html's <title> (the course title), read once. */
let siteTitle: string | null = null;

/**
 * RGAA 8.6, WCAG 2.4.2: each screen names itself in the tab's title, « <h1> — <site> »; the
 * home, whose h1 is the site's title, keeps it alone. Returns the title to set.
 */
export function screenTitle(heading: string, site: string): string {
  const h = heading.replace(/[ \t\r\n]+/g, ' ').trim();
  return !h || h === site ? site : `${h} — ${site}`;
}

/**
 * The page's single h1. It takes focus whenever `focusKey` changes, so keyboard and screen
 * reader users land at the top of the new content after every navigation (RGAA 12.x, WCAG 2.4.3).
 * A heading remounted with the same key (the prerendered home handed over to the player) keeps
 * the page as it is. Focus never scrolls: inside an LMS iframe, a plain `focus()` also scrolls the
 * LMS's own page (Moodle 5 hid its breadcrumb and « Exit activity » under its fixed bar, issue 8
 * item 6), so only the course's own document is scrolled, and `window.scrollTo` never reaches a
 * parent document. The first heading of a page load does not scroll either: the learner may
 * already have scrolled the prerendered text.
 */
export function PageHeading({
  focusKey,
  timing,
  children,
}: {
  focusKey: string;
  /** An Element Timing name, so `npm run bench` can read when this heading was first painted. */
  timing?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey === lastKey) return;
    const first = lastKey === null;
    lastKey = focusKey;
    ref.current?.focus({ preventScroll: true });
    if (!first) window.scrollTo?.(0, 0);
  }, [focusKey]);
  // After every render: the heading's text may change without a new key (a language switch).
  useEffect(() => {
    siteTitle ??= document.title;
    const title = screenTitle(ref.current?.textContent ?? '', siteTitle);
    if (document.title !== title) document.title = title;
  });
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title" elementtiming={timing}>
      {children}
    </h1>
  );
}
