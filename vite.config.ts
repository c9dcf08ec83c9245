import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { coursePlugin } from './tools/vite-plugin-course.ts';
import { contentSecurityPolicy } from './tools/vite-plugin-csp.ts';
import { dsfrPlugin, MARIANNE_FILES } from './tools/vite-plugin-dsfr.ts';
import { localeTypography } from './tools/vite-plugin-locale-typography.ts';
import { preloadChunk, preloadFonts } from './tools/vite-plugin-preload.ts';
import { prerenderFirstScreen } from './tools/vite-plugin-prerender.ts';

/**
 * `base: './'` and hash routing keep every URL relative, so the same build runs from any path:
 * a web server root, a sub-folder, or an LMS's pluginfile.php/…/mod_scorm/content/1/.
 * BUILD_TARGET=scorm builds the copy that goes inside SCORM packages (no service worker).
 */
const target = process.env.BUILD_TARGET === 'scorm' ? 'scorm' : 'web';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Question prompts only in the SCORM build's outline (its interaction descriptions). */
const course = coursePlugin(undefined, { questionPrompts: target === 'scorm' });

/**
 * Standalone only: the home screen is prerendered into index.html and hydrated. SCORM packages
 * are bound to a track after the build (launch meta tags), so their first screen is drawn by
 * the entry as before. PRERENDER=off builds the same app without it (the bench's baseline).
 */
const prerender = prerenderFirstScreen(() => course.api!.home(), target === 'web' && process.env.PRERENDER !== 'off');

/**
 * Standalone only: a service worker precaches every file of dist/web (app, styles, media and
 * every step chunk), so after one visit the whole course plays offline. `prompt`: a new version
 * waits until the learner accepts it (src/app/pwa.ts registers it, src/features/update asks).
 * Inside an LMS the LMS serves the files, so the SCORM build has no service worker at all.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*'],
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  plugins: [
    react(),
    course,
    localeTypography(),
    contentSecurityPolicy(),
    dsfrPlugin(fileURLToPath(new URL('./src', import.meta.url))),
    prerender,
    preloadChunk('/src/app/player-root.tsx'),
    preloadFonts(MARIANNE_FILES),
    ...(target === 'web' ? [pwa] : []),
  ],
  define: { __BUILD_TARGET__: JSON.stringify(target) },
  build: {
    outDir: target === 'scorm' ? '../dist/scorm-app' : '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // .vite/manifest.json: which chunks the entry imports, read by the first-screen byte budget
    // (tests/budget). Web build only, so SCORM packages do not ship it.
    manifest: target === 'web',
  },
  preview: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        root: here,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/{unit,integration,content}/**/*.test.{ts,tsx}', 'scorm/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
          // Findings wait up to 5 s each (tests/setup.ts) and manifest checks run libxml2 in
          // WebAssembly, a worker per run: on a loaded 2-core machine a whole test may need more
          // than vitest's default 5 s without anything being wrong. A timeout, not a timing check.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        root: here,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
