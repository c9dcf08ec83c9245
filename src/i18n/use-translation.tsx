import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { i18n as I18n, TFunction } from 'i18next';

/**
 * The few lines of react-i18next the player used, over i18next itself: a provider for the
 * instance and a `useTranslation()` that re-renders on language change. `t` is i18next's own
 * TFunction, so keys stay typed by the locale (see i18n.ts). Saves react-i18next's 2 kB gzip
 * from the first screen.
 */
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export interface Translation {
  /** Translates a typed key in the current language; a new function after each language change. */
  t: TFunction;
  /** The i18next instance: `language`, `changeLanguage`, … */
  i18n: I18n;
}

/** Throws when no I18nProvider is above: a missing provider is a wiring bug, not a fallback. */
export function useTranslation(): Translation {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an <I18nProvider> above it');
  const current = () => i18n.language;
  const language = useSyncExternalStore(
    (onChange) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    current,
    current, // the prerendered page is in the same language as the instance it was built with
  );
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  return { t, i18n };
}
