import type { Plugin } from 'vite';
import { typesetTree } from '../src/content/typeset-tree.ts';

/** French locale files: `…/i18n/locales/fr.json` (and regional variants such as fr-CA.json). */
export const FRENCH_LOCALE = /[\\/]i18n[\\/]locales[\\/]fr(?:-[A-Za-z]+)?\.json$/;

/** A French locale file's JSON text, every string typeset (placeholders kept). */
export function typesetLocale(json: string): string {
  return JSON.stringify(typesetTree(JSON.parse(json) as unknown));
}

/**
 * Applies French typography (src/content/typography.ts) to every string of the French UI locale
 * as Vite loads it, in dev, tests and the build alike. Doing it here rather than when i18next
 * loads the resources keeps the rules out of the learner's bundle, ships already typeset text,
 * and leaves the locale file in plain text for translators. i18next placeholders ({{count}},
 * $t(key)) are kept verbatim; other locales (English) are not touched.
 */
export function localeTypography(): Plugin {
  return {
    name: 'locale-typography',
    // Before Vite's JSON plugin turns the file into a module.
    enforce: 'pre',
    transform(code, id) {
      if (!FRENCH_LOCALE.test(id.split('?')[0]!)) return null;
      return { code: typesetLocale(code), map: null };
    },
  };
}
