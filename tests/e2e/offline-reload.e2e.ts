import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../tools/list-files';
import { launchBrowser } from '../helpers/browser';
import { learner } from '../helpers/learner';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const DIST = resolve('dist/web');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  // Our own server, so that this test alone can make it disappear.
  server = await serveStatic(DIST);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every file of the build, except the worker's own scripts (the browser keeps those itself). */
function builtFiles(dir: string): string[] {
  // .vite/manifest.json is build metadata for the byte budget, never fetched by the app.
  return listFiles(dir).filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f) && !f.startsWith('.vite/'));
}

function precached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const req of await (await caches.open(name)).keys()) paths.push(new URL(req.url).pathname.slice(1));
    return paths.sort();
  });
}

async function openLessonOfStep(page: Page, stepIndex: number) {
  await page.getByRole('button', { name: 'Plan du parcours' }).click();
  const link = learner(page).mapLessons(stepIndex).last();
  const title = (await link.textContent())!;
  await link.click();
  await learner(page).h1().filter({ hasText: title }).waitFor();
  // The step's chunk came from the precache: its blocks render and no « could not load » shows.
  await learner(page).lessonShown();
  expect(await page.getByText('Cette leçon n’a pas pu être chargée').count()).toBe(0);
}

describe('offline after one visit', () => {
  it('precaches all of dist/web, then reloads with the server gone and plays a lesson of every step', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await learner(page).open(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByRole('status').filter({ hasText: 'prêt à être suivi hors connexion' }).waitFor();
    expect(await precached(page)).toEqual(builtFiles(DIST));

    await server.close();
    expect(
      await fetch(server.url).then(
        () => 'up',
        () => 'gone',
      ),
    ).toBe('gone');
    await page.reload();
    await page.getByRole('button', { name: /Commencer le parcours 12 h/ }).click();
    await learner(page).lessonShown();
    await page.getByRole('button', { name: 'Plan du parcours' }).click();
    const { mapSteps, mapLessons, question, verdict, savedStatus } = learner(page);
    await mapSteps().first().waitFor();
    const steps = await mapSteps().count();
    expect(steps).toBe(7);
    for (let i = 0; i < steps; i++) await openLessonOfStep(page, i);

    // Playing offline still saves: answer the quiz of a 2 h lesson of step 1.
    await page.getByRole('button', { name: 'Plan du parcours' }).click();
    await mapLessons(0).first().click();
    const q = question(0);
    await q.getByRole('radio').first().check();
    await q.getByRole('button', { name: 'Valider' }).click();
    await verdict(q).waitFor();
    await savedStatus().waitFor();

    // A second offline reload lands on the same lesson with the answer kept.
    await page.reload();
    await verdict(question(0)).waitFor();
    await context.close();
  });
});
