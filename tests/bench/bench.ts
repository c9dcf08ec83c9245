/**
 * `npm run bench [-- --baseline <dir>] [--runs 7] [--lighthouse-only | --cross-tab-only]`: the
 * player's performance figures on this machine, for dist/web side by side with a baseline
 * measured in the same run, so the numbers mean something on a noisy machine. It asserts nothing
 * (the byte budget is `npm run budget`). The baseline is the same sources built with
 * PRERENDER=off into a temporary folder, or any other build given with --baseline (e.g. main's
 * dist/web). Loads are cold (fresh context, no service worker) under a mobile-like throttle
 * (page-timing.ts), alternating the two builds. Prints, per build: JS fetched before the home is
 * usable and the first screen's CSS (gzip -9 bytes), median ms to the first course text, to a
 * usable home, and to a resumed lesson's text; then progress writes and cross-tab delivery
 * (tests/bench/cross-tab.ts, alone with --cross-tab-only); then Lighthouse's mobile scores of
 * dist/web's home (lighthouse.ts, also in test-results/lighthouse.json). If Lighthouse fails,
 * the error is printed and the exit code is 1.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { lighthouseHome, lighthouseLines } from './lighthouse';
import { firstScreen, throttle } from './page-timing';
import { firstScreenFiles, gzipSize, type BuildManifest } from '../budget/first-screen';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { learner } from '../helpers/learner';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    runs: { type: 'string', default: '7' },
    'lighthouse-only': { type: 'boolean', default: false },
    'cross-tab-only': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Build {
  name: string;
  dir: string;
  server: StaticServer;
  text: number[];
  usable: number[];
  resumed: number[];
  jsBytes: number;
}

/** gzip bytes of the first screen's CSS (render-blocking), from the build's manifest; null without one. */
function cssBytes(dir: string): number | null {
  const path = join(dir, '.vite/manifest.json');
  if (!existsSync(path)) return null;
  const { css } = firstScreenFiles(JSON.parse(readFileSync(path, 'utf8')) as BuildManifest);
  return css.reduce((n, f) => n + gzipSize(readFileSync(join(dir, f))), 0);
}

/** Navigations to a lesson the learner left (the URL keeps it), timed to its h1 being there. */
async function resumedLesson(browser: Browser, b: Build) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const l = learner(page);
  await l.open(b.server.url);
  await l.chooseTrack('2 h');
  for (let i = 0; i < 3; i++) await l.next();
  await l.saved();
  const title = await l.h1().textContent();
  const url = page.url();
  await throttle(context, page);
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, title, { polling: 'raf' });
    b.resumed.push(await page.evaluate(() => performance.now()));
  }
  await context.close();
}

async function progressWrites(browser: Browser, url: string): Promise<number[]> {
  const bundle = await build({
    entryPoints: ['tests/bench/progress-write.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const writes = await page.evaluate(() =>
    (window as unknown as { benchWrites: (n: number) => Promise<number[]> }).benchWrites(200),
  );
  await context.close();
  return writes;
}

type CrossTabPage = Window & {
  crossTab: {
    seed: (name: string, size: number) => Promise<void>;
    listen: (name: string, mode: string) => Promise<void>;
    put: (name: string, key: string, mode: string) => Promise<number>;
    arrival: (key: string) => Promise<number>;
  };
};
const CROSS_TAB_MODES = ['storagemutated', 'channel', 'liveQuery'] as const;

/**
 * Two tabs of one context on a 300-fact course: ms from a put in tab A to the fact reaching
 * tab B, per way of hearing other tabs (tests/bench/cross-tab.ts), `n` writes each, the modes
 * taking turns in rounds of 10 so the machine's noise falls on all of them.
 */
async function crossTabDelivery(browser: Browser, url: string, n = 60): Promise<Record<string, number[]>> {
  const bundle = await build({
    entryPoints: ['tests/bench/cross-tab.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) {
    await page.goto(url);
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  }
  const name = `bench-cross-tab-${Date.now()}`;
  await a.evaluate((db) => (window as unknown as CrossTabPage).crossTab.seed(db, 300), name);
  const times: Record<string, number[]> = Object.fromEntries(CROSS_TAB_MODES.map((m) => [m, []]));
  for (let round = 0; round < n / 10; round++)
    for (const mode of CROSS_TAB_MODES) {
      await b.evaluate(([db, m]) => (window as unknown as CrossTabPage).crossTab.listen(db, m), [name, mode] as const);
      for (let i = 0; i < 10; i++) {
        const key = `${mode}-${round}-${i}`;
        const t0 = await a.evaluate(([db, k, m]) => (window as unknown as CrossTabPage).crossTab.put(db, k, m), [
          name,
          key,
          mode,
        ] as const);
        const t1 = await b.evaluate((k) => (window as unknown as CrossTabPage).crossTab.arrival(k), key);
        times[mode]!.push(t1 - t0);
      }
    }
  await context.close();
  return times;
}

/** `p50 … ms, p95 … ms over n` of a list of ms. */
function quantiles(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(2);
  return `p50 ${q(0.5)} ms, p95 ${q(0.95)} ms over ${xs.length}`;
}

/** The side-by-side timings and progress writes (everything but Lighthouse). */
async function timings() {
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  let baselineDir = values.baseline;
  if (!baselineDir) {
    baselineDir = join(work, 'no-prerender');
    console.error('bench: building the baseline (same sources, PRERENDER=off)…');
    await buildApp(baselineDir, { PRERENDER: 'off' });
  }
  const builds: Build[] = [];
  for (const [name, dir] of [
    ['this build (dist/web)', 'dist/web'],
    [values.baseline ? `baseline (${values.baseline})` : 'baseline (no prerender)', baselineDir],
  ] as const)
    builds.push({ name, dir, server: await serveStatic(dir), text: [], usable: [], resumed: [], jsBytes: 0 });

  const browser = await launchBrowser();
  try {
    for (let i = 0; i < runs; i++)
      for (const b of i % 2 ? [...builds].reverse() : builds) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const t = await firstScreen(context, b.server.url);
        await context.close();
        b.text.push(t.text);
        b.usable.push(t.usable);
        b.jsBytes = t.scripts.reduce((n, p) => n + gzipSize(readFileSync(join(b.dir, p))), 0);
      }
    for (const b of builds) await resumedLesson(browser, b);
    const writes = await progressWrites(browser, builds[0]!.server.url);
    const crossTab = await crossTabDelivery(browser, builds[0]!.server.url);

    const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
    console.log(`cold loads: ${runs} per build, alternating; 150 ms RTT, 1.6 Mbit/s, CPU ×4`);
    for (const b of builds)
      console.log(
        `${b.name}: JS before the home is usable ${b.jsBytes.toLocaleString('en-US')} B gzip · CSS ${cssBytes(b.dir)?.toLocaleString('en-US') ?? '?'} B gzip · first course text ${ms(b.text)} · home usable ${ms(b.usable)} · resumed lesson text ${ms(b.resumed)}`,
      );
    console.log(`progress write: ${quantiles(writes)} writes`);
    for (const [mode, xs] of Object.entries(crossTab))
      console.log(`cross-tab delivery, 300-fact course (${mode}): ${quantiles(xs)} writes`);
  } finally {
    await browser.close();
    for (const b of builds) await b.server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Only the cross-tab delivery figures, on dist/web (a quick run while working on the watch). */
async function crossTabFigures() {
  const server = await serveStatic('dist/web');
  const browser = await launchBrowser();
  try {
    for (const [mode, xs] of Object.entries(await crossTabDelivery(browser, server.url)))
      console.log(`cross-tab delivery, 300-fact course (${mode}): ${quantiles(xs)} writes`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Lighthouse on dist/web's home, served gzipped with cached assets as a production host would. */
async function lighthouseFigures() {
  const server = await serveStatic('dist/web', { cacheAssets: true, gzip: true });
  try {
    const report = await lighthouseHome(server.url, 'test-results/lighthouse.json');
    for (const line of lighthouseLines(report)) console.log(line);
  } catch (e) {
    console.error(`lighthouse failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = 1;
  } finally {
    await server.close();
  }
}

if (values['cross-tab-only']) await crossTabFigures();
else {
  if (!values['lighthouse-only']) await timings();
  await lighthouseFigures();
}
