import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spine } from '../../src/content/spine';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import { loadCourseDir } from '../../tools/load-course';
import { packageName, writePackages } from '../../scorm/package/package';
import { startPreview, type PreviewServer } from '../../scorm/preview/server';
import { courseFrame, previewPage } from '../scorm/course-frame';
import type { FlatCmi } from '../../scorm/preview/lms-data';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { learner as learnerOf } from '../helpers/learner';

/**
 * Issue 8, items 1 and 2, inside an LMS (the 4 h SCORM 1.2 package in the preview LMS, in
 * Chromium): text typed just before the course closes is kept, and two learners sharing one
 * browser profile (a school computer) never see or send each other's work.
 */
const loaded = loadCourseDir(resolve('courses/alliances-territoires'));
if (!loaded.ok) throw new Error('the course does not load');
const course = loaded.course;
const lessons = spine(course.outline, '4h');
const withReflection = lessons.findIndex((l) => l.reflections.length > 0);
const reflectionId = lessons[withReflection]!.reflections[0]!.id;
const zip = packageName(course.outline, '4h', 'scorm12');
const TEXT = 'Tapé juste avant de quitter : notre collège et la mairie.';

let work = '';
let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lms-learners-'));
  await buildApp(join(work, 'app'), { BUILD_TARGET: 'scorm' });
  writePackages({
    appDir: join(work, 'app'),
    outDir: join(work, 'zips'),
    outline: course.outline,
    tracks: ['4h'],
    versions: ['scorm12'],
  });
  server = await startPreview({ port: 0, zipsDir: join(work, 'zips'), dataDir: join(work, 'data') });
  browser = await launchBrowser();
  // One browser profile for the whole file: the shared computer.
  context = await browser.newContext();
  page = await context.newPage();
  await page.goto(server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const record = async (learner: string): Promise<FlatCmi> =>
  (await (await fetch(`${server.url}api/data/${zip}?learner=${learner}`)).json()) as FlatCmi;
const reflectionsIn = (r: FlatCmi) =>
  decodeSuspend(course.outline, String(r['cmi.suspend_data'] ?? '')).facts.filter((f) => f.kind === 'reflection');

async function launchAs(learner: string) {
  await page.getByLabel(/^Apprenant/).fill(learner);
  await previewPage(page).launch(zip);
  const c = courseFrame(page, course);
  // A first launch shows the track; a relaunch opens straight on the saved lesson.
  const start = c.frame().getByRole('button', { name: /parcours 4 h\b/ });
  await Promise.race([c.waitForLesson(), start.waitFor()]);
  if (!(await learnerOf(c.frame()).lessonEnd().count())) await c.startTrack('4 h');
  return c;
}

/** Walks from the first lesson to the first one with a reflection. */
async function toReflection(c: ReturnType<typeof courseFrame>) {
  while (c.lessonId() !== lessons[withReflection]!.id) await c.next();
  return c.frame().locator('textarea').first();
}

describe('two learners on one computer, inside an LMS', () => {
  it('keeps text typed just before the course closes, in the LMS and on the device', async () => {
    const c = await launchAs('eleve-a');
    const field = await toReflection(c);
    await field.fill(TEXT);
    // Closing the course right away (the LMS removes its frame: pagehide), well within the
    // 600 ms the field waits before saving on its own.
    await previewPage(page).close();
    await expect.poll(async () => reflectionsIn(await record('eleve-a')).map((f) => f.key)).toContain(reflectionId);

    const again = await launchAs('eleve-a');
    expect(again.lessonId()).toBe(lessons[withReflection]!.id);
    expect(await again.frame().locator('textarea').first().inputValue()).toBe(TEXT);
    await previewPage(page).close();
  });

  it("gives learner B a clean start: nothing of A's on screen or in B's LMS record", async () => {
    const b = await launchAs('eleve-b');
    expect(b.lessonId(), 'B does not land on A’s lesson').not.toBe(lessons[withReflection]!.id);
    const field = await toReflection(b);
    expect(await field.inputValue()).toBe('');
    await previewPage(page).close();
    const recordB = await record('eleve-b');
    expect(reflectionsIn(recordB)).toEqual([]);
    expect(JSON.stringify(recordB)).not.toContain('collège et la mairie');

    // A comes back: their text is intact.
    const a = await launchAs('eleve-a');
    expect(await a.frame().locator('textarea').first().inputValue()).toBe(TEXT);
    await previewPage(page).close();
  });
});
