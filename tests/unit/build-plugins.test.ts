// @vitest-environment node
import { runInNewContext } from 'node:vm';
import type { IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadChunk } from '../../tools/vite-plugin-preload';
import { ROUTE_SCRIPT, withFirstScreen } from '../../tools/vite-plugin-prerender';

const chunk = (fileName: string, extra: Record<string, unknown> = {}) => ({
  type: 'chunk',
  fileName,
  imports: [],
  isEntry: false,
  facadeModuleId: null,
  ...extra,
});

describe('the player chunk preload', () => {
  it('preloads the player and its static imports, but nothing the entry already loads', async () => {
    const bundle = {
      a: chunk('assets/index.js', { isEntry: true, imports: ['assets/shared.js'] }),
      b: chunk('assets/shared.js'),
      c: chunk('assets/player-root.js', {
        facadeModuleId: '/x/src/app/player-root.tsx',
        imports: ['assets/shared.js', 'assets/facts.js'],
      }),
      d: chunk('assets/facts.js'),
      e: chunk('assets/lesson-view.js', { facadeModuleId: '/x/src/features/lesson/lesson-view.tsx' }),
    };
    const hook = preloadChunk('/src/app/player-root.tsx').transformIndexHtml as { handler: IndexHtmlTransformHook };
    const tags = await hook.handler.call({} as never, '', { bundle } as unknown as IndexHtmlTransformContext);
    expect(
      (tags as unknown as { attrs: { href: string; rel: string } }[]).map((t) => [t.attrs.rel, t.attrs.href]),
    ).toEqual([
      ['modulepreload', './assets/player-root.js'],
      ['modulepreload', './assets/facts.js'],
    ]);
  });
});

describe('the prerendered first screen', () => {
  it('goes inside #root, marked data-boot, with route.js loaded from a file in the head', () => {
    const html = '<html><head><title>x</title></head><body><div id="root"><p class="boot">…</p></div></body></html>';
    const out = withFirstScreen(html, '<main><h1>Titre</h1></main>', './assets/route-1.js');
    expect(out).toContain('<div id="root" data-boot><main><h1>Titre</h1></main></div>');
    expect(out).toContain('<script src="./assets/route-1.js"></script>\n  </head>');
    expect(out).not.toContain('class="boot"');
  });

  it('refuses a page without the root to fill', () => {
    expect(() => withFirstScreen('<html><body></body></html>', '<main></main>')).toThrow(/no <div id="root">/);
  });

  it('marks the same routes as the home that the app does', () => {
    const route = (hash: string) => {
      const dataset: { route?: string } = {};
      runInNewContext(ROUTE_SCRIPT, { document: { documentElement: { dataset } }, location: { hash } });
      return dataset.route;
    };
    expect(['', '#', '#/'].map(route)).toEqual(['home', 'home', 'home']);
    expect(['#/lecon/s1-x', '#/plan', '#/fin'].map(route)).toEqual(['other', 'other', 'other']);
  });

  it('paints the stored DSFR theme before the first paint, the system one when none is stored', () => {
    const paint = (stored: string | null, prefersDark: boolean) => {
      const dataset: { frScheme?: string; frTheme?: string } = {};
      runInNewContext(ROUTE_SCRIPT, {
        document: { documentElement: { dataset } },
        location: { hash: '' },
        localStorage: { getItem: (k: string) => (k === 'alliances-territoires:theme' ? stored : null) },
        matchMedia: () => ({ matches: prefersDark }),
      });
      return [dataset.frScheme, dataset.frTheme];
    };
    expect(paint('dark', false)).toEqual(['dark', 'dark']);
    expect(paint('light', true)).toEqual(['light', 'light']);
    expect(paint(null, true)).toEqual(['system', 'dark']);
    expect(paint('<bogus>', false)).toEqual(['system', 'light']);
  });
});
