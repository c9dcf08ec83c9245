import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

/**
 * Where the update messages appear: a box fixed to the bottom of the window, so a message that
 * shows up while the learner reads (the service worker is ready seconds after the first paint)
 * never pushes the page down (no layout shift, CLS 0 on the home). Its two live regions are in
 * the page from the first render, empty, so screen readers announce a message put into them
 * (a region inserted together with its text is often missed): `alert` for the version offer,
 * `status` for « prêt hors connexion ». On a short window (zoomed to 200 % and beyond, where a
 * floating box would hide much of the page, WCAG 1.4.10) styles.css puts the box back in the flow.
 */
export function UpdateToasts({ available, ready }: { available?: ReactNode; ready?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useToastRoom(box);
  return (
    <div className="update-toasts" ref={box}>
      <div role="alert">{available}</div>
      <div role="status">{ready}</div>
    </div>
  );
}

/** The custom property styles.css reads to keep room for the box (page end, scroll padding). */
const ROOM = '--update-toast-room';

/**
 * Keeps the page usable under the floating box (WCAG 2.4.11, 1.4.10): its height goes into
 * `--update-toast-room`, which styles.css adds below the page (so its end can scroll above the
 * box) and as `scroll-padding-bottom` (so the browser scrolls a focused control above it); when a
 * message appears over the focused control, that control is scrolled into view at once.
 */
function useToastRoom(box: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    const html = document.documentElement;
    const measure = () => {
      const floating = getComputedStyle(el).position === 'fixed' && el.textContent !== '';
      const rect = el.getBoundingClientRect();
      // The box's height plus its gap to the window's bottom edge.
      const room = floating ? Math.ceil(window.innerHeight - rect.top) : 0;
      html.style.setProperty(ROOM, `${room}px`);
      if (floating) uncoverFocus(el, rect);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      html.style.removeProperty(ROOM);
    };
  }, [box]);
}

/** Scrolls the focused element out from under `box` (the scroll padding keeps it above the box). */
function uncoverFocus(box: HTMLElement, rect: DOMRect): void {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || box.contains(focused)) return;
  const f = focused.getBoundingClientRect();
  // Taller than the room above the box (the whole <main> after a skip link): nothing to uncover.
  if (f.height > rect.top) return;
  const covered = f.bottom > rect.top && f.top < rect.bottom && f.right > rect.left && f.left < rect.right;
  if (covered) focused.scrollIntoView({ block: 'nearest' });
}
