import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstScreenFiles, type BuildManifest } from '../budget/first-screen';
import { launchBrowser } from '../helpers/browser';
import { loadedScripts } from '../helpers/documents';
import { learner } from '../helpers/learner';

const base = inject('baseUrl');
const html = readFileSync('dist/web/index.html', 'utf8');
const manifest = JSON.parse(readFileSync('dist/web/.vite/manifest.json', 'utf8')) as BuildManifest;

/** A source's chunk in the build; throws when it has none, so a renamed source fails loudly. */
function chunkOf(src: string): string {
  const chunk = manifest[src];
  if (!chunk) throw new Error(`the build manifest has no chunk for ${src}`);
  return chunk.file;
}
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  return context.newPage();
}

describe('the first screen is in the HTML', () => {
  it('is prerendered with the same policy: no inline script, no inline style', () => {
    expect(html).toContain('<div id="root" data-boot>');
    expect(html).toMatch(/<h1 [^>]*class="page-title"[^>]*>Alliances &amp; Territoires<\/h1>/);
    expect(html).not.toMatch(/\sstyle="/);
    expect([...html.matchAll(/<script\b([^>]*)>/g)].every((m) => /\bsrc=/.test(m[1]!))).toBe(true);
  });

  it('shows the course title and the track choice with JavaScript off', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(base);
    expect(await page.locator('h1').textContent()).toBe('Alliances & Territoires');
    await page.getByRole('heading', { name: 'Choisissez votre parcours' }).waitFor();
    const start = page.getByRole('button', { name: /Commencer le parcours/ });
    expect(await start.count()).toBe(3);
    // A click could do nothing before the scripts run, so the buttons say so.
    expect(await start.first().isDisabled()).toBe(true);
    await page.context().close();
  });

  it('is hydrated without a mismatch, then plays', async () => {
    const page = await newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await learner(page).open(base);
    await learner(page).chooseTrack('2 h');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the loading line, never the home, on a lesson link before the app has run', async () => {
    const page = await newPage();
    // Only route.js and the styles run: the entry never arrives.
    await page.route(/\/assets\/index-[\w-]+\.js$/, (r) => r.abort());
    await page.goto(`${base}#/lecon/s1-de-l-echange-a-l-alliance`);
    // Classes kept: which prerendered block shows before the app runs is what is checked.
    await page.locator('.boot-loading').waitFor();
    expect(await page.locator('.home').isVisible()).toBe(false);
    await page.goto(`${base}#/`);
    await page.reload();
    await page.locator('.home h1').waitFor();
    expect(await page.locator('.boot-loading').isVisible()).toBe(false);
    await page.context().close();
  });

  it('leaves the assessment bank, the attestation and pdf-lib out, even once the next screens are prefetched', async () => {
    const later = [
      '../virtual:course-bank',
      'features/complete/track-complete-view.tsx',
      'components/document/document-pdf.ts',
    ].map(chunkOf);
    expect(firstScreenFiles(manifest).js.filter((f) => later.includes(f))).toEqual([]);
    const page = await newPage();
    await learner(page).open(base);
    // The player prefetches the lesson, then the map, once it is in charge: the page has settled.
    const map = chunkOf('features/course-map/course-map-view.tsx');
    await page.waitForFunction(
      (file) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(file)),
      map,
    );
    const scripts = await loadedScripts(page);
    expect(scripts.some((s) => s.endsWith(chunkOf('index.html')))).toBe(true);
    expect(scripts.filter((s) => later.some((f) => s.endsWith(f)))).toEqual([]);
    await page.context().close();
  });
});
