import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';
import type { HomeOutline } from '../src/content/model.ts';
import { ROUTE_HOME } from '../src/app/launch.ts';
import { THEME_KEY } from '../src/stores/theme.ts';
import { FRENCH_LOCALE, typesetLocale } from './vite-plugin-locale-typography.ts';

/**
 * The French UI strings as the app's bundle has them (typeset by localeTypography in Vite):
 * esbuild reads fr.json itself, so without this the prerendered text and the hydrated one differ
 * by their no-break spaces, and hydration fails.
 */
const typesetFrench: EsbuildPlugin = {
  name: 'typeset-french-locale',
  setup(b) {
    b.onLoad({ filter: FRENCH_LOCALE }, ({ path }) => ({
      contents: typesetLocale(readFileSync(path, 'utf8')),
      loader: 'json',
    }));
  },
};

/**
 * Sets <html data-route> from the URL's hash before the first paint, so a reload of
 * `#/lecon/…` shows the loading line, not a flash of the prerendered home; and DSFR's
 * data-fr-scheme / data-fr-theme from the stored display theme (src/stores/theme.ts), so a
 * dark-theme learner sees no light page first. A classic script file (the policy forbids inline
 * script), tiny and render-blocking on purpose; storage or matchMedia failing leaves the theme
 * to the entry.
 */
export const ROUTE_SCRIPT =
  `document.documentElement.dataset.route=${ROUTE_HOME.toString()}.test(location.hash)?"home":"other";\n` +
  `try{var r=document.documentElement,t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `t=t==="light"||t==="dark"?t:"system";r.dataset.frScheme=t;` +
  `r.dataset.frTheme=t==="system"?(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"):t}catch(e){}\n`;
const routeFile = `assets/route-${createHash('sha256').update(ROUTE_SCRIPT).digest('hex').slice(0, 8)}.js`;

/** Puts the prerendered markup inside <div id="root">, marked data-boot, and loads route.js. */
export function withFirstScreen(html: string, markup: string, routeSrc = `./${routeFile}`): string {
  const root = /<div id="root">[\s\S]*?<\/div>/;
  if (!root.test(html)) throw new Error('index.html has no <div id="root">…</div> to prerender into');
  return html
    .replace(root, () => `<div id="root" data-boot>${markup}</div>`)
    .replace('</head>', () => `  <script src="${routeSrc}"></script>\n  </head>`);
}

/**
 * Renders src/app/prerender.tsx (the home screen and the loading line for other routes) to
 * static HTML at build time and writes it into index.html, so a learner reads the course title
 * and the track choice before any script has run; the entry then hydrates it. The renderer is
 * bundled with esbuild for Node (React and i18next stay external, resolved from node_modules).
 * `getHome` gives the course's home slice (from the course plugin).
 */
export function prerenderFirstScreen(getHome: () => HomeOutline, enabled = true): Plugin {
  const cacheDir = resolve('node_modules/.cache/prerender');
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    buildStart() {
      if (enabled) this.emitFile({ type: 'asset', fileName: routeFile, source: ROUTE_SCRIPT });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!enabled) return html;
        const bundle = await build({
          entryPoints: [resolve('src/app/prerender.tsx')],
          bundle: true,
          platform: 'node',
          format: 'esm',
          jsx: 'automatic',
          write: false,
          logLevel: 'silent',
          external: ['react', 'react-dom', 'react-dom/*', 'i18next'],
          plugins: [typesetFrench],
          // Only the standalone build is prerendered (see vite.config.ts).
          define: { 'process.env.NODE_ENV': '"production"', __BUILD_TARGET__: '"web"' },
        });
        mkdirSync(cacheDir, { recursive: true });
        const file = join(cacheDir, `first-screen-${process.pid}-${Date.now()}.mjs`);
        writeFileSync(file, bundle.outputFiles[0]!.contents);
        try {
          const { renderFirstScreen } = (await import(pathToFileURL(file).href)) as {
            renderFirstScreen: (home: HomeOutline) => string;
          };
          return withFirstScreen(html, renderFirstScreen(getHome()));
        } finally {
          rmSync(file, { force: true });
        }
      },
    },
  };
}
