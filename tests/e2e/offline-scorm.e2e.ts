import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learner } from '../helpers/learner';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const out = mkdtempSync(join(tmpdir(), 'at-scorm-app-'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await buildApp(out, { BUILD_TARGET: 'scorm' });
  server = await serveStatic(out);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('the SCORM build (the LMS serves its files)', () => {
  it('ships no service worker and no code to register one', () => {
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(
      files.filter((f) => /(^|\/)(sw\.js|workbox-[\w-]+\.js|registerSW\.js|manifest\.webmanifest)$/.test(f)),
    ).toEqual([]);
    const js = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(js.length).toBeGreaterThan(0);
    expect(js.filter((code) => code.includes('serviceWorker'))).toEqual([]);
  });

  it('runs without registering a service worker', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(server.url);
    await page.getByRole('button', { name: /Commencer le parcours 2 h/ }).click();
    await learner(page).lessonShown();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    expect(requested.filter((p) => p.endsWith('sw.js'))).toEqual([]);
    await context.close();
  });
});

describe('the standalone build, for contrast', () => {
  it('does ship its service worker', () => {
    expect(readdirSync('dist/web')).toContain('sw.js');
  });
});
