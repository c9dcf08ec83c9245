import type { Plugin } from 'vite';

/**
 * Adds <link rel="modulepreload"> to index.html for a chunk the entry imports dynamically at
 * once (and the chunks it imports statically), so the browser fetches it beside the entry
 * instead of one round trip after. For src/app/player-root.tsx: the player is needed as soon as
 * the first screen is to react, but not for the first screen to be read, so it is its own chunk.
 */
export function preloadChunk(moduleSuffix: string): Plugin {
  return {
    name: 'preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const root = chunks.find((c) => c.facadeModuleId?.endsWith(moduleSuffix));
        if (!root) throw new Error(`no chunk for ${moduleSuffix} to preload`);
        const entry = new Set(chunks.filter((c) => c.isEntry).flatMap((c) => [c.fileName, ...c.imports]));
        const files: string[] = [];
        const visit = (file: string) => {
          if (files.includes(file) || entry.has(file)) return;
          files.push(file);
          chunks.find((c) => c.fileName === file)?.imports.forEach(visit);
        };
        visit(root.fileName);
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Adds <link rel="preload" as="font"> to index.html for the given font files (original names, e.g.
 * `Marianne-Regular.woff2`), which Vite emits with a hash. Without it the browser finds a font
 * only once the stylesheet is parsed and the text laid out, so the first paint falls back to
 * another face and the page reflows when Marianne arrives (a layout shift of 0.157 on the home
 * at Lighthouse's mobile size). `crossorigin`: fonts are fetched in CORS mode, and a preload
 * without it would not be reused. Throws if a file is missing from the build.
 */
export function preloadFonts(names: readonly string[]): Plugin {
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const assets = Object.values(ctx.bundle ?? {}).filter((a) => a.type === 'asset');
        return names.map((name) => {
          const asset = assets.find((a) => a.names.some((n) => n.split('/').pop() === name));
          if (!asset) throw new Error(`no font ${name} in the build to preload`);
          return {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'font', type: 'font/woff2', crossorigin: true },
            injectTo: 'head' as const,
          };
        });
      },
    },
  };
}
