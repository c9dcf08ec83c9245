import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { readTable } from '../helpers/idb';
import { learner, notice } from '../helpers/learner';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const work = mkdtempSync(join(tmpdir(), 'at-update-'));
const buildB = join(work, 'web-b');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  // Version B: the same course with a new version number and title, built for real.
  const course = join(work, 'course');
  cpSync(resolve('courses/alliances-territoires'), course, { recursive: true });
  const meta = JSON.parse(readFileSync(join(course, 'course.json'), 'utf8')) as { version: string; title: string };
  writeFileSync(
    join(course, 'course.json'),
    JSON.stringify({ ...meta, version: '99.0.0', title: `${meta.title} (v99)` }),
  );
  await buildApp(buildB, { COURSE_DIR: course });
  browser = await launchBrowser();
  server = await serveStatic(resolve('dist/web'));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a new version is deployed', () => {
  it('offers « Mettre à jour », and after the refresh the learner runs version B with their progress', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByRole('button', { name: /Commencer le parcours 2 h/ }).click();
    const l = learner(page);
    const verdict = await l.answerFirst(0);
    await l.saved();
    const before = await readTable(page, 'facts');
    // The header's link home shows the course title (and version B's « (v99) »).
    const brand = page.getByRole('banner').getByTitle(/^Accueil - /);
    const brandA = await brand.textContent();

    server.setRoot(buildB);
    // The reload still runs version A (from the precache) while B installs and waits.
    await page.reload();
    const prompt = notice(page, 'Une nouvelle version du parcours est disponible');
    await prompt.waitFor({ timeout: 30_000 });
    expect(await prompt.textContent()).toContain('Votre progression sera conservée');
    expect(await brand.textContent()).toBe(brandA);

    await prompt.getByRole('button', { name: 'Mettre à jour' }).click();
    await brand.filter({ hasText: '(v99)' }).waitFor({ timeout: 30_000 });
    // Same lesson (the hash survives), same answer, and every stored fact is still there.
    const restored = l.verdict(l.question(0));
    await restored.waitFor();
    expect(await restored.textContent()).toBe(verdict);
    const after = await readTable(page, 'facts');
    for (const r of before) expect(after.find((a) => a.id === r.id)).toBeDefined();
    expect(await prompt.count()).toBe(0);
    await context.close();
  });
});
