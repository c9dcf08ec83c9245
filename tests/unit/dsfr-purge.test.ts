import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  classesIn,
  liveVars,
  purgeDsfr,
  purgeRulesAndFonts,
  selectorUsed,
  type PurgeOptions,
} from '../../tools/dsfr-purge';
import { displayFontsOptional, purgeOptions } from '../../tools/vite-plugin-dsfr';

const used = new Set(['fr-btn', 'fr-btn--secondary', 'fr-icon-close-line', 'fr-header__brand']);

function purge(css: string, options: Partial<PurgeOptions> = {}) {
  const root = postcss.parse(css);
  purgeDsfr(root, { classes: used, fonts: new Set(), vars: new Set(), ...options });
  return root.toString().replace(/\s+/g, ' ').replace(/ ?}/g, ' }').trim();
}

describe('DSFR purge', () => {
  it('finds whole fr- class names in markup, with elements and modifiers', () => {
    expect(classesIn('className="fr-btn fr-btn--secondary fr-header__brand-top" x-fr-no')).toEqual(
      new Set(['fr-btn', 'fr-btn--secondary', 'fr-header__brand-top']),
    );
  });

  it('keeps a selector only when every fr- class it requires is used', () => {
    expect(selectorUsed('.fr-btn', used)).toBe(true);
    expect(selectorUsed('.fr-btn.fr-btn--secondary:hover', used)).toBe(true);
    expect(selectorUsed('.fr-btn--tertiary', used)).toBe(false);
    expect(selectorUsed('.fr-header__brand .fr-logo', used)).toBe(false);
    expect(selectorUsed('button, a', used)).toBe(true);
  });

  it('ignores classes inside :not(), which never require them', () => {
    expect(selectorUsed('.fr-btn:not(.fr-btn--tertiary):not([href])', used)).toBe(true);
  });

  it('keeps icon attribute selectors only when a used class has that prefix', () => {
    expect(selectorUsed('.fr-btn[class^=fr-icon-]', used)).toBe(true);
    expect(selectorUsed('.fr-btn[class*=" fr-icon-"]', used)).toBe(true);
    expect(selectorUsed('[class*=fr-badge--icon-]', used)).toBe(false);
  });

  it('removes unused rules, splits selector lists, and drops emptied at-rules', () => {
    const out = purge('.fr-btn, .fr-tag { color: red } @media (min-width: 48em) { .fr-tag { color: blue } }');
    expect(out).toBe('.fr-btn { color: red }');
  });

  it('keeps custom properties that kept rules read, through var() chains across files', () => {
    const core = postcss.parse(':root { --a: var(--b); --b: #000; --unused: 1px; --c: #fff }');
    const component = postcss.parse('.fr-btn { color: var(--a) } .fr-tag { color: var(--c) }');
    for (const r of [core, component]) purgeRulesAndFonts(r, { classes: used, fonts: new Set() });
    const vars = liveVars([core, component], new Set(['--c']));
    expect(vars).toEqual(new Set(['--a', '--b', '--c']));
    expect(purge(':root { --a: var(--b); --b: #000; --unused: 1px }', { vars })).toBe(
      ':root { --a: var(--b); --b: #000 }',
    );
  });

  it('keeps only the chosen font files, as woff2 alone', () => {
    const css = `@font-face { font-family: Marianne; src: url("../fonts/Marianne-Regular.woff2") format("woff2"), url("../fonts/Marianne-Regular.woff") format("woff"); font-weight: 400 }
      @font-face { font-family: Marianne; src: url("../fonts/Marianne-Light.woff2") format("woff2"); font-weight: 300 }`;
    const out = purge(css, { fonts: new Set(['Marianne-Regular.woff2']) });
    expect(out).toBe(
      '@font-face { font-family: Marianne; src: url("../fonts/Marianne-Regular.woff2") format("woff2"); font-weight: 400 }',
    );
  });

  it('turns every font-face to font-display: optional, so no face is swapped in after the first paint', () => {
    const root = postcss.parse(
      '@font-face { font-family: Marianne; font-display: swap } @font-face { font-family: Marianne; font-weight: 700; font-display: swap } p { font-display: swap }',
    );
    displayFontsOptional(root);
    expect(root.toString()).toBe(
      '@font-face { font-family: Marianne; font-display: optional } @font-face { font-family: Marianne; font-weight: 700; font-display: optional } p { font-display: swap }',
    );
  });

  it('reads the player source: the header classes are used, an unused component is not', () => {
    const options = purgeOptions('src');
    expect(options.classes.has('fr-header')).toBe(true);
    expect(options.classes.has('fr-range')).toBe(false);
    // The theme tokens the player's own stylesheet reads survive the purge.
    expect(options.vars.has('--background-default-grey')).toBe(true);
  });
});
