import { fromCallback } from 'xstate';
import type { ActorReport, LmsCommand } from '../../../machines/protocol';
import { applyFacts, type Fact, type Progress } from '../../../progress/facts';
import type { OpenedScorm } from './connect';
import { LmsSync } from './sync';

/**
 * Waits between looks for an API that was not there at launch, in ms: about 10 s in all, backing
 * off. Some LMS players install `window.API` only after the SCO has started (issue 8, item 5:
 * one installed it 1.5 s late and the course never called it).
 */
export const LATE_API_DELAYS = [100, 200, 400, 800, 1_200, 1_600, 2_000, 2_000, 2_000] as const;

export interface LateLmsOptions {
  /** One look for the API; an initialized session, or null. */
  attempt: () => OpenedScorm | null;
  /**
   * The learner is known: bind their local journal, and return every fact to merge into the
   * player (their facts kept on this device, then the LMS's).
   */
  onOpen: (opened: OpenedScorm) => Promise<Fact[]>;
  /** No API after the last look: nothing will be kept for an unknown learner. */
  onGiveUp: () => void;
  delays?: readonly number[];
}

/**
 * The `lms` actor for a launch that found no API: the learner works meanwhile (status
 * `pending`), the actor keeps looking with backoff, and when the API appears it merges what the
 * LMS and the learner's own journal remember, then replays everything to the LMS at once.
 * After the last look it reports `lms-missing`.
 */
export function lateLmsActor(o: LateLmsOptions) {
  return fromCallback<LmsCommand, { courseId: string }>(({ receive, sendBack }) => {
    const report = (r: ActorReport) => sendBack(r);
    let latest: Progress = {};
    let finished: Progress | null = null;
    let leaving = false;
    let sync: LmsSync | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;

    receive((cmd) => {
      if (sync) {
        if (cmd.type === 'lms.sync') sync.sync(cmd.progress, cmd.checkpoint);
        else sync.finish(cmd.progress, cmd.leaving === true);
      } else if (cmd.type === 'lms.sync') latest = cmd.progress;
      else {
        finished = cmd.progress;
        leaving = cmd.leaving === true;
      }
    });

    const connect = async (opened: OpenedScorm) => {
      const facts = await o.onOpen(opened).catch(() => opened.resume.facts);
      if (stopped) return;
      // The journal keeps them too (the learner's database is bound by now): see the player's `merge`.
      if (facts.length) report({ type: 'remote.facts', facts, keep: true });
      // What the LMS data said (damaged, course updated) joins the notices; announce() then says `ok`.
      for (const notice of opened.resume.notices) report({ type: 'lms.status', status: 'pending', notice });
      sync = new LmsSync({ ...opened.sync, report });
      sync.announce();
      // Replay: what the learner did while waiting, merged with what the LMS and the device knew.
      const merged = applyFacts(finished ?? latest, facts);
      if (finished) sync.finish(merged, leaving);
      else sync.sync(merged, true);
    };

    const look = (i: number) => {
      if (stopped) return;
      const opened = o.attempt();
      if (opened) return void connect(opened);
      const delays = o.delays ?? LATE_API_DELAYS;
      if (i >= delays.length) {
        o.onGiveUp();
        report({ type: 'lms.status', status: 'pending', notice: 'lms-missing' });
        return;
      }
      timer = setTimeout(() => look(i + 1), delays[i]);
    };

    report({ type: 'lms.status', status: 'pending', notice: 'lms-pending' });
    timer = setTimeout(() => look(0), 0);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      (sync as LmsSync | null)?.dispose();
    };
  });
}
