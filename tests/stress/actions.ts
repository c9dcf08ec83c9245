import type { Page } from 'playwright-core';
import { learner, verdict } from '../helpers/learner';
import { openMap } from './open-map';
import type { TrackId } from '../../src/content/schema';
import type { CourseIndex } from './course-index';
import type { Ledger } from './ledger';
import type { Rng } from './rng';

const EFFECT_MS = 10_000;

/** One DOM read, so that what it says about saving and about the screen belongs together. */
export interface Snapshot {
  hash: string;
  /** The machine's save status as the page exposes it (`data-save-status`), not its wording. */
  save: string;
  done: boolean;
  reflections: { value: string; saved: boolean }[];
}

export function snapshot(page: Page): Promise<Snapshot> {
  // In-page on purpose: one atomic read. data-save-status and data-saved are the player's
  // documented hooks for this rig; the badge and reflection classes are read in the same read.
  return page.evaluate(() => ({
    hash: location.hash,
    save: document.querySelector('[data-save-status]')?.getAttribute('data-save-status') ?? '',
    done: document.querySelector('.badge-done') !== null,
    reflections: [...document.querySelectorAll('.block.reflection')].map((b) => ({
      value: b.querySelector('textarea')?.value ?? '',
      saved: b.querySelector('[data-saved]')?.getAttribute('data-saved') === 'true',
    })),
  }));
}

export const lessonOf = (hash: string) => /^#\/lecon\/([a-z0-9-]+)$/.exec(hash)?.[1] ?? null;

/**
 * Random learner actions on the built app. Each waits until its effect is on screen, records
 * the facts it should produce in the ledger as attempts, and leaves acknowledging to `observe`.
 */
export function actor(page: Page, course: CourseIndex, ledger: Ledger, r: Rng, trial: number) {
  let typed = 0;

  let track: TrackId | null = null;
  const current = () => page.evaluate(() => location.hash).then(lessonOf);

  /**
   * The facts a visit writes are recorded before the click: a kill may land between the click
   * and the screen catching up, and what reached the disk by then must be known to the ledger.
   */
  const visiting = (id: string) => {
    ledger.attempt('bookmark:bookmark', { kind: 'bookmark', value: id });
    ledger.attempt(`lesson:${id}`, { kind: 'lesson', value: 'visited' });
  };
  const arrived = async (id: string) => {
    await page.waitForFunction((h) => location.hash === h, `#/lecon/${id}`, { timeout: EFFECT_MS });
    await learner(page).lessonEnd().waitFor({ timeout: EFFECT_MS });
  };
  /** Moves one lesson along the track's spine, by « Suivant » or « Précédent ». */
  const step = async (delta: 1 | -1) => {
    const lessons = course.spine(track!);
    const here = lessons.indexOf((await current())!);
    const to = lessons[here + delta];
    if (!to) return step(delta === 1 ? -1 : 1);
    visiting(to);
    await page.getByRole('button', { name: delta === 1 ? 'Suivant' : 'Précédent', exact: true }).click();
    await arrived(to);
  };

  return {
    async chooseTrack(index: number): Promise<TrackId> {
      track = course.tracks[index]!.id;
      ledger.attempt('track:track', { kind: 'track', value: track });
      // A fresh learner lands on the first lesson of the track.
      const first = course.spine(track)[0]!;
      visiting(first);
      await page
        .getByRole('button', { name: /^Commencer le parcours/ })
        .nth(index)
        .click();
      await arrived(first);
      return track;
    },

    next: () => step(1),
    prev: () => step(-1),

    async goTo(): Promise<void> {
      await openMap(page);
      const links = learner(page).mapLinks();
      await links.first().waitFor({ timeout: EFFECT_MS });
      const target = links.nth(r.int(0, (await links.count()) - 1));
      const id = lessonOf((await target.getAttribute('href'))!)!;
      visiting(id);
      await target.click();
      await arrived(id);
    },

    async answer(): Promise<void> {
      const id = await current();
      const lesson = id ? course.lesson(id) : undefined;
      if (!lesson || lesson.questions.length === 0) return this.next();
      const qi = r.int(0, lesson.questions.length - 1);
      const q = lesson.questions[qi]!;
      const box = learner(page).question(qi);
      const edit = box.getByRole('button', { name: 'Modifier ma réponse' });
      // A question already answered is practice from then on: the first answer stays recorded,
      // so a later try is played but expects nothing new on disk.
      const practice = (await edit.count()) > 0;
      if (practice) await edit.click();
      // By option id (its value, the answer key's contract): the player shows options in a
      // per-learner order, not the authored one.
      const input = (optionId: string) => box.locator(`input[value="${optionId}"]`);
      let choice: string[];
      if (q.kind === 'multiple') {
        choice = q.options.filter(() => r.chance(0.5));
        if (choice.length === 0) choice = [r.pick(q.options)];
        for (const o of q.options) await input(o).setChecked(choice.includes(o));
      } else {
        const pick = r.int(0, q.options.length - 1);
        choice = [q.options[pick]!];
        await input(choice[0]!).check();
      }
      if (!practice) {
        ledger.attempt(`answer:${q.id}`, { kind: 'answer', value: { choice: [...choice].sort(), submits: 1 } });
      }
      await box.getByRole('button', { name: 'Valider' }).click();
      await verdict(box).waitFor({ timeout: EFFECT_MS });
    },

    async reflect(): Promise<void> {
      const id = await current();
      const lesson = id ? course.lesson(id) : undefined;
      if (!lesson || lesson.reflections.length === 0) return this.answer();
      const ri = r.int(0, lesson.reflections.length - 1);
      const text = `essai ${trial}.${++typed} ${r.pick(['partenaires', 'territoire', 'objectifs', 'alliance'])} ${r.int(0, 1e6)}`;
      // The same reflection blocks, in the same order, as `snapshot` reads them.
      const area = page.locator('.block.reflection textarea').nth(ri);
      ledger.attempt(`reflection:${lesson.reflections[ri]}`, { kind: 'reflection', value: text });
      await area.fill(text);
      // Sometimes leave the field at once (saves now), sometimes let the typing pause save it.
      if (r.chance(0.5)) await area.blur();
    },
  };
}
export type Actor = ReturnType<typeof actor>;

/** Reads the screen; whatever it says is saved becomes acknowledged in the ledger. */
export async function observe(page: Page, course: CourseIndex, ledger: Ledger): Promise<boolean> {
  const s = await snapshot(page);
  const id = lessonOf(s.hash);
  let acked = false;
  if (id && s.done) ledger.attempt(`lesson:${id}`, { kind: 'lesson', value: 'completed' });
  if (s.save === 'saved') {
    ledger.ackAllButReflections();
    acked = true;
  }
  const lesson = id ? course.lesson(id) : undefined;
  s.reflections.forEach((f, i) => {
    const rid = lesson?.reflections[i];
    if (rid && f.saved && f.value) {
      ledger.ackReflection(rid, f.value);
      acked = true;
    }
  });
  return acked;
}
