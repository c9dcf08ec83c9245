/** The DSFR display themes; `system` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

/** The localStorage key of the choice; route.js (vite-plugin-prerender) reads it before the first paint. */
export const THEME_KEY = 'alliances-territoires:theme';

/** The stored choice; `system` when none, or when storage is blocked (private mode, LMS policy). */
export function readTheme(): Theme {
  try {
    const v = globalThis.localStorage?.getItem(THEME_KEY);
    return (THEMES as readonly string[]).includes(v ?? '') ? (v as Theme) : 'system';
  } catch {
    return 'system';
  }
}

export function saveTheme(theme: Theme): void {
  try {
    globalThis.localStorage?.setItem(THEME_KEY, theme);
  } catch {
    // A preference that cannot be kept still applies to this page.
  }
}

/** The theme to paint: the choice, or the system's when the choice is `system`. */
export function resolvedTheme(theme: Theme, prefersDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}

/**
 * Sets DSFR's `data-fr-scheme` (the choice) and `data-fr-theme` (what is painted) on <html>, as
 * DSFR's own script would, and follows system changes while the choice is `system`. Returns the
 * unsubscribe.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): () => void {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const paint = () => {
    root.dataset.frScheme = theme;
    root.dataset.frTheme = resolvedTheme(theme, query?.matches ?? false);
  };
  paint();
  if (theme !== 'system' || !query) return () => {};
  query.addEventListener('change', paint);
  return () => query.removeEventListener('change', paint);
}
