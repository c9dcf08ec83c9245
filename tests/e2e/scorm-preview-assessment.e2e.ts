import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlatCmi } from '../../scorm/preview/lms-data';
import { packageName, writePackages } from '../../scorm/package/package';
import { startPreview, type PreviewServer } from '../../scorm/preview/server';
import { courseFrame, previewPage } from '../scorm/course-frame';
import { loadCourseDir } from '../../tools/load-course';
import { assessmentTaker } from '../helpers/assessment-taker';
import { answeredCount } from '../helpers/learner';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';

/**
 * The 12 h package's final assessment through the preview LMS, in SCORM 1.2 and 2004: a failing
 * attempt reports `failed` with its score, a relaunch mid-attempt (another browser profile, so
 * only the LMS data) resumes the same attempt with its answers, and a passing one reports
 * `passed`. The assessment lesson is reached directly by its address, not by walking 74 lessons.
 */
const loaded = loadCourseDir(resolve('courses/alliances-territoires'));
if (!loaded.ok) throw new Error('the course does not load');
const course = loaded.course;
const { outline, bank } = course;
const a = outline.assessment!;
const VERSIONS = ['scorm12', 'scorm2004'] as const;
let work = '';
let server: PreviewServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'scorm-e2e-assessment-'));
  await buildApp(join(work, 'app'), { BUILD_TARGET: 'scorm' });
  writePackages({
    appDir: join(work, 'app'),
    outDir: join(work, 'zips'),
    outline,
    tracks: ['12h'],
    versions: [...VERSIONS],
  });
  server = await startPreview({ port: 0, zipsDir: join(work, 'zips'), dataDir: join(work, 'data') });
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(VERSIONS)('the 12 h final assessment in the preview LMS, %s', (version) => {
  const zip = packageName(outline, '12h', version);
  const stored = async (): Promise<FlatCmi> => (await (await fetch(`${server.url}api/data/${zip}`)).json()) as FlatCmi;
  const success = version === 'scorm12' ? 'cmi.core.lesson_status' : 'cmi.success_status';
  const raw = version === 'scorm12' ? 'cmi.core.score.raw' : 'cmi.score.raw';

  /** A new browser profile (nothing local), the package launched, the assessment lesson open. */
  async function launchOnAssessment(
    firstTime: boolean,
  ): Promise<{ page: Page; taker: ReturnType<typeof assessmentTaker> }> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(server.url);
    const lms = previewPage(page);
    await lms.launch(zip);
    const c = courseFrame(page, course);
    if (firstTime) await c.startTrack('12 h');
    else await c.waitForLesson();
    await c.frame().evaluate((id) => (location.hash = `#/lecon/${id}`), a.lessonId);
    await c.frame().getByRole('heading', { level: 1, name: 'Évaluation finale' }).waitFor();
    return { page, taker: assessmentTaker(c.frame(), bank) };
  }

  it('reports a failing attempt as failed with its score, then resumes a retake mid-way and reports the pass', async () => {
    let { page, taker } = await launchOnAssessment(true);
    const frame = () => courseFrame(page, course).frame();
    await frame().getByRole('button', { name: 'Commencer l’évaluation' }).click();
    await expect.poll(() => taker.questions().count()).toBe(35);
    await taker.answerAll((i) => i < 20);
    await taker.submit();
    expect(
      flat(
        await frame()
          .getByText(/^Score\s:\s/)
          .innerText(),
      ),
    ).toContain('20 bonnes réponses sur 35, soit 57 %');
    await expect.poll(async () => (await stored())[success]).toBe('failed');
    expect((await stored())[raw]).toBe('57.14');
    expect(await previewPage(page).attr('data-interactions')).toBe('35');
    expect(await previewPage(page).attr('data-violations')).toBe('0');

    // A retake, half answered, then the learner leaves.
    await frame().getByRole('button', { name: 'Repasser l’évaluation' }).click();
    await frame().getByRole('heading', { name: 'Tentative 2' }).waitFor();
    const prompts = async () => Promise.all((await taker.questions().all()).map(taker.promptOf));
    const before = await prompts();
    for (let i = 0; i < 10; i++) await taker.answer(taker.questions().nth(i), true);
    await expect.poll(async () => flat(await answeredCount(frame()).innerText())).toBe('10 réponses sur 35');
    await previewPage(page).close();
    await expect
      .poll(async () => (await stored())[version === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit'])
      .toBe('suspend');

    // Another computer: the same attempt, with its ten answers, from the LMS alone.
    ({ page, taker } = await launchOnAssessment(false));
    await frame().getByRole('heading', { name: 'Tentative 2' }).waitFor();
    expect(await prompts()).toEqual(before);
    expect(flat(await answeredCount(frame()).innerText())).toBe('10 réponses sur 35');
    await taker.answerAll(() => true, 10);
    await taker.submit();
    await expect.poll(async () => (await stored())[success]).toBe('passed');
    expect((await stored())[raw]).toBe('100');
    expect(await previewPage(page).attr('data-violations')).toBe('0');
  }, 240_000);
});
