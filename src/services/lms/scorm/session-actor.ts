import { fromCallback } from 'xstate';
import type { ActorReport, LmsCommand } from '../../../machines/protocol';
import { applyFacts, type Progress } from '../../../progress/facts';
import type { OpenedScorm } from './connect';
import { LmsSync } from './sync';

/**
 * Waits between looks for an API that was not there at launch, in ms: about 10 s in all, backing
 * off. Some LMS players install `window.API` only after the SCO has started (issue 8, item 5:
 * one installed it 1.5 s late and the course never called it).
 */
export const LATE_API_DELAYS = [100, 200, 400, 800, 1_200, 1_600, 2_000, 2_000, 2_000] as const;

export interface LmsSessionOptions {
  /** One look for the API: Initialize and the read of what the LMS remembers; null without an API. */
  attempt: () => OpenedScorm | null;
  /** Waits between the later looks, in ms (default LATE_API_DELAYS); the first look is at once. */
  delays?: readonly number[];
}

/**
 * The `lms` actor: the whole SCORM session of one launch, from Initialize to Finish. The player
 * invokes it first, before reading any progress, and waits for its first report:
 * - `lms.opened` (Initialize answered): who the learner is and what the LMS remembers of them,
 *   so the player opens that learner's journal only (issue 8, item 2) and merges both;
 * - `lms.status` `pending` with `lms-pending` (no API yet): the learner starts at once, the actor
 *   keeps looking with backoff; when the API appears it reports `lms.opened` then, and replays
 *   what the learner did meanwhile with what the LMS remembered; after the last look it reports
 *   `lms.absent` (nothing may be kept for a learner nobody named).
 * Then it turns `lms.sync` / `lms.finish` commands into SCORM calls (LmsSync: commits, retries,
 * Finish once) and reports `lms.status` back.
 */
export function lmsSessionActor(o: LmsSessionOptions) {
  return fromCallback<LmsCommand, { courseId: string }>(({ receive, sendBack }) => {
    const report = (r: ActorReport) => sendBack(r);
    let latest: Progress | null = null;
    let finished: { progress: Progress; leaving: boolean } | null = null;
    let sync: LmsSync | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;

    receive((cmd) => {
      if (sync) {
        if (cmd.type === 'lms.sync') sync.sync(cmd.progress, cmd.checkpoint);
        else sync.finish(cmd.progress, cmd.leaving === true);
      } else if (cmd.type === 'lms.sync') latest = cmd.progress;
      else finished = { progress: cmd.progress, leaving: cmd.leaving === true };
    });

    const open = (opened: OpenedScorm) => {
      const { facts, notices } = opened.resume;
      report({ type: 'lms.opened', learnerId: opened.learnerId, facts, notices });
      const live = new LmsSync({ ...opened.sync, report });
      sync = live;
      live.announce();
      // A late session: replay what the learner did while the API was missing, merged with what
      // the LMS remembered (the learner's device facts follow through the player's merge).
      if (finished) live.finish(applyFacts(finished.progress, facts), finished.leaving);
      else if (latest) live.sync(applyFacts(latest, facts), true);
    };

    const delays = o.delays ?? LATE_API_DELAYS;
    const look = (i: number) => {
      timer = null;
      const opened = o.attempt();
      if (opened) return open(opened);
      if (i === 0) report({ type: 'lms.status', status: 'pending', notice: 'lms-pending' });
      if (i >= delays.length) return report({ type: 'lms.absent' });
      timer = setTimeout(() => look(i + 1), delays[i]);
    };

    look(0);
    return () => {
      if (timer) clearTimeout(timer);
      sync?.dispose();
    };
  });
}
