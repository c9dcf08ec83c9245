/**
 * `npm run bench`: prints the player's performance figures on this machine. It asserts nothing;
 * targets live in design.md. Needs a built app (npm run build).
 *  1. gzip kB of JS and of CSS loaded for the first screen (home), from what Chromium requested;
 *  2. median ms from navigation to the resumed lesson's h1 (5 runs);
 *  3. p50 / p95 ms of one progress write to IndexedDB (200 writes).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { launchBrowser } from '../helpers/browser';
import { waitForHttp } from '../e2e/global-setup';

const PORT = 4199;
const base = `http://127.0.0.1:${PORT}/`;
const dist = 'dist/web';

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
try {
  await waitForHttp(base, 20_000);
  const browser = await launchBrowser();

  // 1. JS of the first screen.
  const ctx1 = await browser.newContext({ serviceWorkers: 'block' });
  const page1 = await ctx1.newPage();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  page1.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    if (r.resourceType() === 'stylesheet') styles.add(new URL(r.url()).pathname);
  });
  await page1.goto(base);
  await page1.locator('h1').waitFor();
  const firstScreen = [...scripts];
  const firstStyles = [...styles];
  await page1.waitForLoadState('networkidle');
  await page1.waitForTimeout(2000);
  const gzOf = (paths: Iterable<string>) =>
    [...paths].reduce((n, p) => n + gzipSync(readFileSync(join(dist, p)), { level: 9 }).length, 0);
  const gz = gzOf(firstScreen);
  const gzIdle = gzOf(scripts);
  const gzCss = gzOf(firstStyles);
  await ctx1.close();

  // 2. Navigation to a resumed lesson's h1.
  const ctx2 = await browser.newContext({ serviceWorkers: 'block' });
  const page2 = await ctx2.newPage();
  await page2.goto(base);
  await page2.getByRole('button', { name: /parcours 2 h\b/ }).click();
  await page2.locator('[data-lesson-end]').waitFor();
  for (let i = 0; i < 3; i++) await page2.getByRole('button', { name: 'Suivant', exact: true }).click();
  await page2.waitForTimeout(300);
  const resumedTitle = await page2.locator('h1').textContent();
  const resumeUrl = page2.url();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page2.goto('about:blank');
    await page2.goto(resumeUrl);
    await page2.waitForFunction((t) => document.querySelector('h1')?.textContent === t, resumedTitle);
    runs.push(await page2.evaluate(() => performance.now()));
  }
  await ctx2.close();

  // 3. One progress write.
  const bundle = await build({
    entryPoints: ['tests/bench/progress-write.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  const ctx3 = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  const page3 = await ctx3.newPage();
  await page3.goto(base);
  await page3.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const writes = await page3.evaluate(() =>
    (window as unknown as { benchWrites: (n: number) => Promise<number[]> }).benchWrites(200),
  );
  await ctx3.close();
  await browser.close();

  const q = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  console.log(
    `first screen JS: ${(gz / 1024).toFixed(1)} kB gzip (${firstScreen.length} files before the home h1; ${(gzIdle / 1024).toFixed(1)} kB once idle, with storage and service worker)`,
  );
  console.log(`first screen CSS: ${(gzCss / 1024).toFixed(1)} kB gzip (${firstStyles.length} files, DSFR purged)`);
  console.log(
    `resumed lesson h1: median ${q(runs, 0.5).toFixed(0)} ms over ${runs.length} runs (${runs.map((r) => r.toFixed(0)).join(', ')})`,
  );
  console.log(
    `progress write: p50 ${q(writes, 0.5).toFixed(2)} ms, p95 ${q(writes, 0.95).toFixed(2)} ms over ${writes.length} writes`,
  );
} finally {
  server.kill();
}
