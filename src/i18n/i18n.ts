import i18next, { type i18n as I18n } from 'i18next';
import fr from './locales/fr.json';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

/**
 * French, the course's language, ships with the first screen; other UI languages are chunks
 * fetched when chosen (2 kB gzip each, precached by the service worker, so offline too).
 */
const LOCALES: Record<Exclude<Language, 'fr'>, () => Promise<{ default: typeof fr }>> = {
  en: () => import('./locales/en.json'),
};

/** An i18next instance showing French (switch with `changeLanguage`, which loads the strings). */
export function initI18n() {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'fr',
    fallbackLng: 'fr',
    resources: { fr: { translation: fr } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}

/** Loads a language's strings once, then switches to it. Rejects when its chunk cannot load. */
export async function changeLanguage(i18n: I18n, lng: Language): Promise<void> {
  if (lng !== 'fr' && !i18n.hasResourceBundle(lng, 'translation')) {
    const { default: strings } = await LOCALES[lng]();
    i18n.addResourceBundle(lng, 'translation', strings);
  }
  await i18n.changeLanguage(lng);
}
