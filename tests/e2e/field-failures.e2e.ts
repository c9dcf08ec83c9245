import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { spine } from '../../src/content/spine';
import { loadCourseDir } from '../../tools/load-course';
import { launchProfile } from '../helpers/browser';
import { learner } from '../helpers/learner';

/**
 * Issue 8, standalone: items 1 (a reflection typed just before the tab closes) and 6 (moving
 * focus to the lesson title never scrolls the page that hosts the course).
 */
const base = inject('baseUrl');
const loaded = loadCourseDir(resolve('courses/alliances-territoires'));
if (!loaded.ok) throw new Error('the course does not load');
const lessons4h = spine(loaded.course.outline, '4h');
const reflective = lessons4h.find((l) => l.reflections.length > 0)!;

let context: BrowserContext | undefined;
let profile = '';
afterEach(async () => {
  await context?.close();
  context = undefined;
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openLesson(page: Page, lessonId: string) {
  await page.goto(`${base}#/lecon/${lessonId}`);
  await learner(page).lessonShown();
}

describe('a reflection typed just before the tab closes', () => {
  it.each([0, 75, 150])(
    'is kept when the tab of a slow computer closes %i ms after the last keystroke',
    async (delay) => {
      profile = mkdtempSync(join(tmpdir(), 'at-draft-'));
      context = await launchProfile(profile);
      let page = context.pages()[0] ?? (await context.newPage());
      await learner(page).open(base);
      await learner(page).chooseTrack('4 h');
      await openLesson(page, reflective.id);
      // Earlier work is on disk (the storage layer is up); only the new draft is at stake.
      await learner(page).saved();
      // A slow school computer: the page that closes gets few cycles to finish its write. This
      // lost the draft on a busy CI machine before held copies (src/services/progress/unsaved-facts.ts).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
      const text = `Brouillon fermé après ${delay} ms : nos premiers partenaires.`;
      await page.locator('textarea').first().fill(text);
      if (delay) await page.waitForTimeout(delay);
      await page.close();

      page = await context.newPage();
      await openLesson(page, reflective.id);
      expect(await page.locator('textarea').first().inputValue()).toBe(text);
    },
  );
});

describe('the course inside a taller host page (an LMS)', () => {
  it('moves focus to the new lesson title without scrolling the host page', async () => {
    profile = mkdtempSync(join(tmpdir(), 'at-host-'));
    context = await launchProfile(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    // A Moodle-like page: a header, then the course in a 700 px iframe, then more page below.
    await page.route(`${base}__host.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="fr"><body style="margin:0">
          <div style="height:900px">En-tête de la plateforme</div>
          <iframe id="course" title="Cours" src="${base}" style="width:900px;height:700px;border:0"></iframe>
          <div style="height:3000px">Suite de la page</div></body></html>`,
      }),
    );
    await page.setViewportSize({ width: 1000, height: 600 });
    await page.goto(`${base}__host.html`);
    await page
      .getByTitle('Cours', { exact: true })
      .contentFrame()
      .getByRole('button', { name: /parcours 2 h\b/ })
      .click();
    const course = page.frames().find((f) => f.url().startsWith(base) && f !== page.mainFrame())!;
    await learner(course).lessonShown();

    // The learner has scrolled the host so that the course's top (and its h1) is out of view.
    await page.evaluate(() => window.scrollTo(0, 1300));
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBe(1300);
    const title = await learner(course).h1().textContent();
    const left = course.getByRole('heading', { level: 1, name: title!, exact: true });
    // A click from inside the course (no automation scrolling on our behalf): in-page on purpose.
    await course.evaluate(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Suivant')!.click(),
    );
    await left.waitFor({ state: 'detached' });
    await course.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => window.scrollY), 'the host page did not move').toBe(before);
  });
});
