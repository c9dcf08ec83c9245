import type { Locator, Page } from 'playwright-core';
import { checkedOptions, learner, verdict } from '../helpers/learner';
import { openMap } from './open-map';
import type { Fact } from '../../src/progress/facts';
import type { CourseIndex } from './course-index';
import { readTable } from '../helpers/idb';
import { factsByKey, satisfies, type Ledger } from './ledger';
import type { Rng } from './rng';

export interface Verdict {
  restoreMs: number;
  lost: string[];
}

/**
 * Opens the course again after the kill and checks every acknowledged fact twice: in IndexedDB
 * (read raw) and on screen (home, course map, and one answered question or reflection).
 */
export async function verify(page: Page, url: string, course: CourseIndex, ledger: Ledger, r: Rng): Promise<Verdict> {
  const acked = new Set(ledger.ackedKeys());
  const t0 = Date.now();
  const l = learner(page);
  await l.open(url);
  // Restored = the home page shows the learner's track (and « Reprendre ») when one was acknowledged.
  const currentBadge = page.getByRole('paragraph').filter({ hasText: /^Parcours en cours$/ });
  const hasTrack = !acked.has('track:track') || (await seen(currentBadge));
  const hasResume = !acked.has('bookmark:bookmark') || (await seen(page.getByRole('button', { name: 'Reprendre' })));
  const restoreMs = Date.now() - t0;

  const stored = factsByKey(await readTable(page, 'facts'));
  // A fact missing on disk and on screen is one lost fact: count keys, keep every reason.
  const lost = new Map<string, string[]>(
    ledger
      .lost(stored)
      .map((k) => [
        k,
        [
          `IndexedDB holds ${JSON.stringify(stored.get(k)?.value ?? null)}, acknowledged ${JSON.stringify(ledger.acceptable(k).map((e) => e.value))}`,
        ],
      ]),
  );
  const miss = (key: string, why: string) => lost.set(key, [...(lost.get(key) ?? []), why]);
  const report = () => [...lost].map(([k, why]) => `${k} (${why.join(', ')})`);
  const fact = <K extends Fact['kind']>(key: string) => stored.get(key) as Extract<Fact, { kind: K }> | undefined;

  // The screen must say what the disk says, and both what was acknowledged.
  if (!hasTrack) miss('track:track', 'home shows no current track');
  if (!hasResume) miss('bookmark:bookmark', 'home offers no « Reprendre »');
  if (!hasTrack || !hasResume) return { restoreMs, lost: report() };
  if (acked.has('track:track')) {
    // The current track's card title, « 4 h · Se positionner »: its label comes first.
    const card = page.getByRole('listitem').filter({ has: currentBadge });
    const label = (await card.getByRole('heading', { level: 3 }).textContent())?.split(' · ')[0]?.trim();
    const shown = course.tracks.find((t) => t.label === label)?.id;
    const ui: Fact | undefined = shown ? { kind: 'track', key: 'track', at: 0, value: shown } : undefined;
    if (!satisfies(ui, ledger.acceptable('track:track'))) miss('track:track', `home shows ${label}`);
  }
  if (!acked.has('bookmark:bookmark')) return { restoreMs, lost: report() };
  const resumeText = (await page.getByText(/^Reprendre\s:/).textContent()) ?? '';
  const mark = fact<'bookmark'>('bookmark:bookmark');
  const okTitles = ledger.acceptable('bookmark:bookmark').map((e) => course.lesson(e.value as string)?.title);
  const markTitle = mark ? course.lesson(mark.value)?.title : undefined;
  if (!markTitle || !resumeText.endsWith(markTitle) || !okTitles.some((t) => t && resumeText.endsWith(t)))
    miss('bookmark:bookmark', `home shows « ${resumeText} »`);

  await page.getByRole('button', { name: 'Reprendre' }).click();
  await l.lessonShown();
  await openMap(page);
  await l.mapLinks().first().waitFor();
  // Each lesson's status as its map line words it (map.lessonStatus.* in the locales).
  const statuses = new Map<string, string>();
  for (const line of await l.mapLines().all()) {
    const id = (await line.getByRole('link').getAttribute('href'))!.replace('#/lecon/', '');
    const badge = await line.getByText(STATUS_WORDS).textContent();
    statuses.set(id, STATUS_OF[badge!] ?? 'none');
  }
  for (const key of acked) {
    if (!key.startsWith('lesson:')) continue;
    const status = statuses.get(key.slice('lesson:'.length));
    const ui: Fact | undefined =
      status && status !== 'none'
        ? { kind: 'lesson', key, at: 0, value: { status: status as 'visited', seconds: 0 } }
        : undefined;
    if (!satisfies(ui, ledger.acceptable(key))) miss(key, `map shows ${status}`);
  }

  // One acknowledged answer or reflection, opened where the learner would find it.
  const answerKey = pickKey(r, acked, 'answer:');
  const reflectionKey = pickKey(r, acked, 'reflection:');
  const lookAtAnswer = answerKey && (!reflectionKey || r.chance(0.5));
  if (lookAtAnswer) {
    const qid = answerKey.slice('answer:'.length);
    const lesson = course.lessonOfQuestion(qid)!;
    await openLesson(page, lesson.id);
    const qi = lesson.questions.findIndex((q) => q.id === qid);
    const box = l.question(qi);
    await verdict(box)
      .waitFor({ timeout: 3_000 })
      .catch(() => {});
    // Options are shuffled per learner: read the checked options' ids (their values), not positions.
    const choice = await checkedOptions(box).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    const ui: Fact = {
      kind: 'answer',
      key: qid,
      at: 0,
      value: { choice, correct: true, attempts: fact<'answer'>(answerKey)?.value.attempts ?? 0 },
    };
    if (!satisfies(ui, ledger.acceptable(answerKey)))
      miss(answerKey, `lesson shows ${choice.join(',') || 'no answer'}`);
  } else if (reflectionKey) {
    const rid = reflectionKey.slice('reflection:'.length);
    const lesson = course.lessonOfReflection(rid)!;
    await openLesson(page, lesson.id);
    // The reflection blocks in order, as the actor and its snapshot number them.
    const text = await page.locator('.block.reflection textarea').nth(lesson.reflections.indexOf(rid)).inputValue();
    const ui: Fact = { kind: 'reflection', key: rid, at: 0, value: { text } };
    if (!satisfies(ui, ledger.acceptable(reflectionKey))) miss(reflectionKey, `field shows « ${text} »`);
  }
  return { restoreMs, lost: report() };
}

/** Waits a little for something on screen; a restore that takes longer than this has lost something. */
const seen = (what: Locator) =>
  what
    .first()
    .waitFor({ timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );

function pickKey(r: Rng, keys: Set<string>, prefix: string): string | undefined {
  const some = [...keys].filter((k) => k.startsWith(prefix));
  return some.length ? r.pick(some) : undefined;
}

async function openLesson(page: Page, id: string) {
  const l = learner(page);
  const here = await page.evaluate(() => location.hash);
  if (here !== `#/lecon/${id}`) {
    if (!(await l.mapLinks().count())) await openMap(page);
    // By its place on the map: lesson titles repeat across steps.
    const hrefs = await l.mapLinks().evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    await l
      .mapLinks()
      .nth(hrefs.indexOf(`#/lecon/${id}`))
      .click();
  }
  await page.waitForFunction((h) => location.hash === h, `#/lecon/${id}`);
  await l.lessonShown();
}

/** The map's status badge words, and the lesson status each stands for. */
const STATUS_OF: Record<string, string> = {
  terminée: 'completed',
  'lue, activité à terminer': 'viewed',
  commencée: 'visited',
  'à faire': 'none',
};
const STATUS_WORDS = new RegExp(`^(${Object.keys(STATUS_OF).join('|')})$`);
