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
