import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { coursePlugin } from './src/tools/vite-plugin-course.ts';
import { contentSecurityPolicy } from './src/tools/vite-plugin-csp.ts';
import { dsfrPlugin } from './src/tools/vite-plugin-dsfr.ts';
import { localeTypography } from './src/tools/vite-plugin-locale-typography.ts';

/**
 * `base: './'` and hash routing keep every URL relative, so the same build runs from any path:
 * a web server root, a sub-folder, or an LMS's pluginfile.php/…/mod_scorm/content/1/.
 * BUILD_TARGET=scorm builds the copy that goes inside SCORM packages (no service worker).
 */
const target = process.env.BUILD_TARGET === 'scorm' ? 'scorm' : 'web';

const here = fileURLToPath(new URL('.', import.meta.url));

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
    coursePlugin(),
    localeTypography(),
    contentSecurityPolicy(),
    dsfrPlugin(fileURLToPath(new URL('./src', import.meta.url))),
    ...(target === 'web' ? [pwa] : []),
  ],
  define: { __BUILD_TARGET__: JSON.stringify(target) },
  build: {
    outDir: target === 'scorm' ? '../dist/scorm-app' : '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
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
