import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import postcss, { type Root } from 'postcss';
import type { Plugin } from 'vite';
import { classesIn, liveVars, purgeDsfr, purgeRulesAndFonts, varsIn, type PurgeOptions } from './dsfr-purge.ts';

/**
 * The Marianne files the player ships (design.md, « Look »): regular and bold, no italics (the
 * browser slants the regular face), no Light/Medium (500 falls back to 400), no Spectral.
 * About 58 kB each, precached by the service worker with the rest of dist/web.
 */
export const MARIANNE_FILES = ['Marianne-Regular.woff2', 'Marianne-Bold.woff2'] as const;

const DSFR_CSS = /[\\/]@gouvfr[\\/]dsfr[\\/]dist[\\/].+\.css$/;

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * What the purge needs, read from the player's source (`src`) and the installed DSFR: the `fr-*`
 * classes the markup mentions (so a class must be written out whole in the source, never built
 * from pieces), and the custom properties still read once unused rules are gone.
 */
export function purgeOptions(srcDir: string): PurgeOptions {
  const sources = filesUnder(srcDir, (n) => /\.(tsx?|html)$/.test(n) && !n.endsWith('.d.ts'));
  const classes = new Set(sources.flatMap((f) => [...classesIn(readFileSync(f, 'utf8'))]));
  const ownVars = new Set(
    filesUnder(srcDir, (n) => n.endsWith('.css')).flatMap((f) => [...varsIn(readFileSync(f, 'utf8'))]),
  );
  const dist = join(dirname(createRequire(import.meta.url).resolve('@gouvfr/dsfr/package.json')), 'dist');
  const fonts = new Set<string>(MARIANNE_FILES);
  // Each component's own files (not the aggregates dsfr.main.css, component.main.css, …).
  const stylesheets = ['core', 'scheme', 'component', 'utility/icons'].flatMap((d) =>
    filesUnder(join(dist, d), (n) => /^(?!component\.|icons\.)[\w-]+\.(main|print)\.css$|^scheme\.css$/.test(n)),
  );
  const purged = stylesheets.map((f) => {
    const root = postcss.parse(readFileSync(f, 'utf8'));
    purgeRulesAndFonts(root, { classes, fonts });
    return root;
  });
  return { classes, fonts, vars: liveVars(purged, ownVars) };
}

/**
 * Marianne with `font-display: optional` instead of DSFR's `swap`: a face that is not there for
 * the first paint is not swapped in later, so text never reflows under the reader (the swap was
 * a layout shift of 0.157 on the home, CLS). index.html preloads both files (preloadFonts in
 * vite-plugin-preload.ts), and Chrome holds the first paint for a preloaded optional font, so a
 * first visit shows Marianne on any usual connection; later visits read the files from the
 * service worker's precache. On a very slow first load the page keeps the fallback (Arial).
 */
export function displayFontsOptional(root: Root): void {
  root.walkAtRules('font-face', (face) => {
    face.walkDecls('font-display', (d) => {
      d.value = 'optional';
    });
  });
}

/**
 * Build only: every DSFR stylesheet imported by the app (e.g. `import
 * '@gouvfr/dsfr/dist/component/button/button.main.css'` in a screen's module, so it lands in that
 * screen's chunk) is purged before Vite bundles it. Import DSFR files from TS, not with CSS
 * `@import`, which Vite inlines without passing the file through this transform. The dev server
 * serves the files whole.
 */
export function dsfrPlugin(srcDir = 'src'): Plugin {
  let options: PurgeOptions | undefined;
  return {
    name: 'dsfr-purge',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      options = purgeOptions(srcDir);
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!DSFR_CSS.test(file)) return null;
      options ??= purgeOptions(srcDir);
      const root = postcss.parse(code, { from: file });
      purgeDsfr(root, options);
      displayFontsOptional(root);
      return { code: root.toString(), map: null };
    },
  };
}
