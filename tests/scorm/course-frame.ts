import type { Frame, Page } from 'playwright-core';
import type { CompiledCourse, QuestionOutline } from '../../src/content/model';
import { findLesson } from '../../src/content/spine';
import { courseChoices } from '../../scorm/package/suspend-budget';
import { learner, verdict } from '../helpers/learner';

/**
 * A learner's steps in the course running inside the preview LMS's iframe, written against the
 * UI contract (French labels and roles, through the learner helpers of tests/helpers/learner.ts).
 */
export function courseFrame(page: Page, course: CompiledCourse) {
  const { options } = courseChoices(course);
  const frame = (): Frame => {
    const f = page.frames().find((x) => x.url().includes('/mod_scorm/content/'));
    if (!f) throw new Error('the course iframe is not open');
    return f;
  };
  const h1 = () => learner(frame()).h1();
  const lessonId = () => /#\/lecon\/([a-z0-9-]+)/.exec(frame().url())?.[1] ?? null;
  const lesson = () => {
    const id = lessonId();
    const l = id ? findLesson(course.outline, id) : undefined;
    if (!l) throw new Error(`no lesson on screen (${frame().url()})`);
    return l;
  };
  const wrong = (q: QuestionOutline) =>
    q.kind === 'multiple'
      ? (options.get(q.id) ?? []).filter((o) => !q.correct.includes(o)).slice(0, 1)
      : [(options.get(q.id) ?? []).find((o) => !q.correct.includes(o))!];

  /** The learner's view of the course, wherever the frame is now. */
  const l = () => learner(frame());

  return {
    frame,
    h1,
    lessonId,
    lesson,
    async waitForLesson() {
      await l().lessonShown();
    },
    async startTrack(label: '2 h' | '4 h' | '12 h') {
      await l().chooseTrack(label);
    },
    /**
     * Answers each question of the lesson on screen, rightly or not, and waits for the verdicts.
     * The clicks happen in the page (real DOM events, a tick apart so React renders between
     * them): one round trip per lesson keeps a 25-lesson walk quick.
     */
    async answerAll(right: boolean | ((q: QuestionOutline) => boolean) = true) {
      const questions = lesson().questions;
      if (questions.length === 0) return;
      const picks = questions.map((q) => ((typeof right === 'function' ? right(q) : right) ? q.correct : wrong(q)));
      // Quiz blocks may render after the rest of the lesson: wait for every question first.
      await l()
        .question(questions.length - 1)
        .waitFor();
      // No named function inside: tsx (esbuild keepNames) would wrap it in a helper the page lacks.
      await frame().evaluate(async (choices) => {
        // In-page on purpose (one round trip): the questions are the groups holding « Valider »
        // or « Modifier ma réponse », as learner().question finds them; an option carries its
        // authored id as its value, the one key from the answer key to per-learner shuffled options.
        const sets = [...document.querySelectorAll('fieldset')].filter((f) =>
          [...f.querySelectorAll('button')].some((b) => /^(Valider|Modifier ma réponse)$/.test(b.textContent ?? '')),
        );
        for (const [i, ids] of choices.entries()) {
          const set = sets[i]!;
          for (const id of ids) {
            [...set.querySelectorAll('input')].find((input) => input.value === id)!.click();
            await new Promise((r) => setTimeout(r, 0));
          }
          [...set.querySelectorAll('button')].find((b) => b.textContent === 'Valider')!.click();
          await new Promise((r) => setTimeout(r, 0));
        }
      }, picks);
      await verdict(l().question(questions.length - 1)).waitFor();
      const verdicts = await verdict(l().questions()).count();
      if (verdicts !== questions.length) throw new Error(`${verdicts} verdicts for ${questions.length} questions`);
    },
    async readToEnd() {
      await l().readToEnd();
    },
    /** Answers, reads to the end, and waits until the lesson shows as completed. */
    async finishLesson(right: boolean | ((q: QuestionOutline) => boolean) = true) {
      await this.answerAll(right);
      await this.readToEnd();
      await l().doneBadge().waitFor();
    },
    async next() {
      await l().next();
    },
    async quit() {
      await frame().getByRole('button', { name: 'Quitter', exact: true }).click();
    },
  };
}

export type CourseFrame = ReturnType<typeof courseFrame>;

/** The preview page around the course: its buttons, its switch, its view of the LMS data. */
export function previewPage(page: Page) {
  // The summary's data-* attributes are the preview LMS's documented contract for tests.
  const summary = page.locator('#summary');
  return {
    /** Launches a package and waits until the course inside has rendered its first screen. */
    async launch(zip: string) {
      await page.getByRole('button', { name: `Lancer ${zip}` }).click();
      await page.getByTitle(`Cours ${zip}`).contentFrame().getByRole('heading', { level: 1 }).waitFor();
    },
    async close() {
      await page.getByRole('button', { name: 'Fermer le cours' }).click();
      await page.getByTitle(/^Cours /).waitFor({ state: 'detached' });
    },
    async failCommits(on: boolean) {
      await page.getByLabel('Faire échouer les Commit', { exact: false }).setChecked(on);
    },
    field: (name: string) => summary.locator(`[data-field="${name}"]`),
    /** Waits until the summary's data attribute reaches a value (the page renders on each call). */
    async waitFor(attribute: string, value: string) {
      await page.waitForFunction(([a, v]) => document.getElementById('summary')?.getAttribute(a!) === v, [
        attribute,
        value,
      ] as const);
    },
    attr: (attribute: string) => summary.getAttribute(attribute),
  };
}
