/**
 * The information pages' text as plain data (never HTML): paragraphs of strings, links, strong
 * words and a button that opens the display settings, and bulleted lists. `inLms` picks the
 * sentences that differ inside a learning platform.
 */
export type Inline = string | { href: string; text: string } | { strong: string } | { settings: string };
export type Paragraph = Inline[];
export type Part = { p: Paragraph } | { list: Paragraph[] };

export interface Section {
  heading: string;
  parts: Part[];
}

export interface PageText {
  title: string;
  sections: Section[];
}

/** What a page's text depends on. */
export interface PageContext {
  inLms: boolean;
}

/** Shorthands that keep the page files readable. */
export const p = (...inlines: Inline[]): Part => ({ p: inlines });
export const list = (...items: (Inline | Inline[])[]): Part => ({
  list: items.map((i) => (Array.isArray(i) ? i : [i])),
});
export const link = (text: string, href: string): Inline => ({ text, href });
export const strong = (text: string): Inline => ({ strong: text });
/** A button that opens « Paramètres d’affichage » (where the erase control lives). */
export const settings = (text: string): Inline => ({ settings: text });

/** The date this statement and these notices were written (they say so, as the RGAA model asks). */
export const STATEMENT_DATE = { fr: '29 novembre 2026', en: '29 November 2026' } as const;

/** The checks actually run, shared by both languages' accessibility statement (see tests/e2e/a11y.e2e.ts). */
export const TEST_ENVIRONMENT = {
  browser: 'Chromium 156 (Debian 12)',
  axe: 'axe-core 4.13 (@axe-core/playwright 4.13.0)',
  widths: '1280 px, 390 px',
} as const;

/** Contact placeholders for the body that deploys the course; the publisher fills them in. */
export const TO_FILL = {
  fr: '[à compléter par l’organisme qui déploie le parcours]',
  en: '[to be completed by the body that deploys the course]',
} as const;
