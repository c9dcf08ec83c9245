import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { actor, observe } from './actions';
import type { CourseIndex } from './course-index';
import { Ledger } from './ledger';
import type { Rig } from './rig';
import { rng } from './rng';
import { SABOTAGE_SCRIPT } from './sabotage';
import { verify, type Verdict } from './verify';

const sleep = (ms: number) => new Promise<void>((ok) => setTimeout(ok, ms));

export type KillMode = 'crash-page' | 'kill-browser';

export interface TrialResult extends Verdict {
  seed: number;
  mode: KillMode;
  actions: number;
  acked: number;
}

/**
 * One trial: a fresh learner plays a random path; at a random moment (sometimes right after an
 * acknowledgment, the tightest case) the page or the whole browser dies without warning; then
 * the course is reopened and every acknowledged fact is looked for.
 */
export async function runTrial(opts: {
  seed: number;
  url: string;
  course: CourseIndex;
  rig: Rig;
  /** Drop every IndexedDB write while the app believes it saved (the runner's control). */
  sabotage?: boolean;
}): Promise<TrialResult> {
  const r = rng(opts.seed);
  const mode: KillMode = r.chance(0.35) ? 'kill-browser' : 'crash-page';
  // Mostly quick kills, and one trial in ten after 10 to 30 s of learning: a longer session
  // builds a bigger journal, more revisits and more superseded values.
  const killDelay = r.chance(0.1) ? r.int(10_000, 30_000) : r.int(300, 2_500);
  const afterAck = r.chance(0.35);
  const ledger = new Ledger();
  const context = await opts.rig.context(mode);
  if (opts.sabotage) await context.addInitScript(SABOTAGE_SCRIPT);
  const { page, cdp } = await freshLearner(context, opts.url);

  let actions = 0;
  let killed = false;
  let killAt = Infinity;
  // The kill clock starts once the learner is in a lesson: the first load is not the test.
  let startClock = () => {};
  const clock = new Promise<void>((ok) => (startClock = ok)).then(() => sleep(afterAck ? 60_000 : killDelay));
  const play = async () => {
    const learner = actor(page, opts.course, ledger, r, opts.seed);
    await page.goto(opts.url);
    await page
      .getByRole('button', { name: /^Commencer le parcours/ })
      .first()
      .waitFor();
    // A returning learner would be offered « Reprendre », or see a track card badged « Parcours en cours ».
    const returning = page
      .getByRole('button', { name: 'Reprendre' })
      .or(page.getByRole('paragraph').filter({ hasText: /^Parcours en cours$/ }));
    if (await returning.count()) throw new Error('not a fresh learner');
    await learner.chooseTrack(r.int(0, opts.course.tracks.length - 1));
    killAt = Date.now() + killDelay;
    startClock();
    while (!killed) {
      await learner[r.weighted({ next: 3, prev: 1, goTo: 1, answer: 4, reflect: 3 })]();
      actions += 1;
      // Look for the acknowledgment a few times, as a learner glancing at the status would.
      const glances = r.int(0, 6);
      for (let i = 0; i <= glances && !killed; i++) {
        const acked = await observe(page, opts.course, ledger);
        if (Date.now() >= killAt && (!afterAck || acked)) return;
        if (i < glances) await page.waitForTimeout(r.int(10, 80));
      }
      if (Date.now() >= killAt + 3_000) return; // no acknowledgment came: kill anyway
    }
  };
  let failure: Error | null = null;
  // Errors after the kill are the page dying under the runner's feet: expected. Before it, a bug.
  const playing = play().catch((e: unknown) => {
    if (!killed) failure = e as Error;
  });
  await Promise.race([playing, clock]);
  killed = true;
  if (mode === 'crash-page') {
    const crashed = new Promise<void>((ok) => page.once('crash', () => ok()));
    void cdp.send('Page.crash').catch(() => {});
    await Promise.race([crashed, sleep(5_000)]);
  } else await opts.rig.killBrowser();
  await Promise.race([playing, sleep(5_000)]);
  if (failure)
    throw new Error(`seed ${opts.seed} (${mode}) failed before the kill: ${(failure as Error).message.split('\n')[0]}`);

  // Reopen: a new page in the same browser, or a new browser on the same profile.
  const after = mode === 'crash-page' ? context : await opts.rig.relaunch();
  if (opts.sabotage && after !== context) await after.addInitScript(SABOTAGE_SCRIPT);
  const check = await after.newPage();
  const verdict = await verify(check, opts.url, opts.course, ledger, r);
  for (const p of after.pages()) await p.close().catch(() => {});
  return { ...verdict, seed: opts.seed, mode, actions, acked: ledger.ackedCount() };
}

/** A new page, and no saved progress on the course's origin (IndexedDB, and the held unsaved copies in localStorage): the previous trial's data is gone. */
async function freshLearner(context: BrowserContext, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  for (const p of context.pages()) await p.close().catch(() => {});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(url).origin,
    storageTypes: 'indexeddb,local_storage',
  });
  return { page, cdp };
}
