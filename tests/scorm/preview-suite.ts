import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spine } from '../../src/content/spine';
import type { Fact } from '../../src/progress/facts';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import { loadCourseDir } from '../../tools/load-course';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import type { FlatCmi } from '../../scorm/preview/lms-data';
import type { ScormVersion } from '../../scorm/preview/moodle-rules';
import { packageName, writePackages } from '../../scorm/package/package';
import { startPreview, type PreviewServer } from '../../scorm/preview/server';
import { checkedOptions, learner, notice, saveStatus, verdict } from '../helpers/learner';
import { courseFrame, previewPage } from './course-frame';

/**
 * The 2 h package of one SCORM version, played in Chromium through the preview LMS. Each file
 * builds its own package from the current sources into a temporary folder (never a stale
 * dist/), serves it on a free port, and each test opens a fresh browser context, so what
 * resumes comes from the LMS data alone, not from the browser's IndexedDB.
 */
export function previewSuite(version: ScormVersion) {
  const loaded = loadCourseDir(resolve('courses/alliances-territoires'));
  if (!loaded.ok) throw new Error('the course does not load');
  const course = loaded.course;
  const { outline } = course;
  const lessons = spine(outline, '2h');
  const zip = packageName(outline, '2h', version);
  const el =
    version === 'scorm12'
      ? { status: 'cmi.core.lesson_status', exit: 'cmi.core.exit' }
      : { status: 'cmi.completion_status', exit: 'cmi.exit' };
  let work = '';
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), `scorm-e2e-${version}-`));
    await buildApp(join(work, 'app'), { BUILD_TARGET: 'scorm' });
    writePackages({
      appDir: join(work, 'app'),
      outDir: join(work, 'zips'),
      outline,
      tracks: ['2h'],
      versions: [version],
    });
    server = await startPreview({ port: 0, zipsDir: join(work, 'zips'), dataDir: join(work, 'data') });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    // The closing page may still be saving its last LMS data (pagehide → Finish → POST): clear,
    // let any such request land, and clear again, so the next test starts as a new learner.
    await fetch(`${server.url}api/data/${zip}`, { method: 'DELETE' });
    await new Promise((r) => setTimeout(r, 500));
    await fetch(`${server.url}api/data/${zip}`, { method: 'DELETE' });
  });

  /** A new browser profile: empty IndexedDB, as on another computer. */
  async function open(): Promise<Page> {
    await context?.close();
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: `Lancer ${zip}` }).waitFor();
    return page;
  }

  const stored = async (): Promise<FlatCmi> => (await (await fetch(`${server.url}api/data/${zip}`)).json()) as FlatCmi;
  const storedFacts = async (): Promise<Fact[]> => decodeSuspend(outline, (await stored())['cmi.suspend_data']).facts;
  const completedLessons = (facts: Fact[]) =>
    facts.filter((f) => f.kind === 'lesson' && f.value.status === 'completed').length;

  describe(`the 2 h ${version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} package in the preview LMS`, () => {
    it('plays the whole track: the LMS shows it completed with 7 completed objectives', async () => {
      const page = await open();
      const lms = previewPage(page);
      const c = courseFrame(page, course);
      await lms.launch(zip);
      await c.startTrack('2 h');
      for (let i = 0; i < lessons.length; i++) {
        expect(c.lessonId()).toBe(lessons[i]!.id);
        await c.finishLesson();
        await c.next();
      }
      await c.h1().filter({ hasText: 'Parcours terminé' }).waitFor();
      await c.quit();
      // The preview hosts the course in a frame of its own tab, as Moodle's « Current window »:
      // closing « this window » would close the platform, so the learner is sent to its buttons.
      await c.h1().filter({ hasText: 'utilisez les boutons de la plateforme' }).waitFor();
      expect(await c.h1().textContent()).not.toMatch(/fermer cette fenêtre/);
      await lms.waitFor('data-status', 'completed');
      await lms.waitFor('data-objectives-completed', '7');
      expect(await lms.attr('data-objectives')).toBe('7');
      expect(await lms.attr('data-interactions')).toBe(String(lessons.flatMap((l) => l.questions).length));
      expect(await lms.attr('data-violations')).toBe('0');
      await expect.poll(async () => (await stored())[el.status]).toBe('completed');
      expect(completedLessons(await storedFacts())).toBe(lessons.length);
      // A 25-lesson walk in a real browser: 35 s alone, over 60 s with another Chromium on 2 cores.
    }, 150_000);

    it('resumes mid-track on another device: the same lesson, with its answers', async () => {
      let page = await open();
      const c = courseFrame(page, course);
      await previewPage(page).launch(zip);
      await c.startTrack('2 h');
      let target = 0;
      for (; lessons[target]!.questions.length === 0 || target < 2; target++) {
        await c.finishLesson();
        await c.next();
      }
      await c.answerAll((q) => q !== lessons[target]!.questions[0]);
      const title = await c.h1().textContent();
      await previewPage(page).close();
      await expect.poll(async () => (await stored())[el.exit]).toBe('suspend');

      page = await open();
      const d = courseFrame(page, course);
      await previewPage(page).launch(zip);
      await d.waitForLesson();
      expect(await d.h1().textContent()).toBe(title);
      expect(d.lessonId()).toBe(lessons[target]!.id);
      const sets = learner(d.frame()).questions();
      expect(await sets.count()).toBe(lessons[target]!.questions.length);
      for (let i = 0; i < lessons[target]!.questions.length; i++) {
        await verdict(sets.nth(i)).waitFor();
        expect(await checkedOptions(sets.nth(i)).count()).toBeGreaterThan(0);
      }
      expect(await verdict(sets.nth(0)).textContent()).toBe('Réponse incorrecte');
      expect(await previewPage(page).field('entry').textContent()).toBe('resume');
    });

    it('keeps the learner going while commits fail, then the LMS ends with everything', async () => {
      const page = await open();
      const lms = previewPage(page);
      const c = courseFrame(page, course);
      await lms.launch(zip);
      await c.startTrack('2 h');
      await c.finishLesson();
      await c.next();
      await expect.poll(async () => completedLessons(await storedFacts())).toBe(1);

      await lms.failCommits(true);
      for (let i = 0; i < 2; i++) {
        await c.finishLesson(false);
        await c.next();
      }
      await saveStatus(c.frame(), 'Envoi à la plateforme en attente').waitFor();
      await notice(c.frame(), 'La plateforme de formation ne répond pas pour le moment').waitFor();
      expect(completedLessons(await storedFacts())).toBe(1);

      await lms.failCommits(false);
      await c.finishLesson();
      await saveStatus(c.frame(), 'Envoi à la plateforme en attente').waitFor({ state: 'detached' });
      await c.quit();
      await expect.poll(async () => (await stored())[el.exit]).toBe('suspend');
      const facts = await storedFacts();
      expect(completedLessons(facts)).toBe(4);
      expect(facts.filter((f) => f.kind === 'answer')).toHaveLength(
        lessons.slice(0, 4).flatMap((l) => l.questions).length,
      );
      expect(await lms.attr('data-interactions')).toBe(String(lessons.slice(0, 4).flatMap((l) => l.questions).length));
      expect(await lms.attr('data-violations')).toBe('0');
    });
  });
}
