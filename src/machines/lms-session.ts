import { assertEvent, fromCallback, type DoneActorEvent } from 'xstate';
import { applyFacts } from '../progress/facts';
import type { PlayerContext } from './context';
import type { PlayerEvent } from './events';
import type { ActorReport, JournalCommand, LmsCommand, LoadedProgress } from './protocol';
import * as status from './status';

/**
 * How the player follows the LMS session and the learner's journal: the actions for what the
 * `lms` and `journal` actors report. The session itself (Initialize … Finish) is the `lms`
 * actor's (services/lms/scorm/session-actor.ts); here are only the machine's answers to it.
 */

/** What `loadProgress` is given: the course, and the LMS session when one opened at launch. */
export interface LmsSessionInput {
  courseId: string;
  session: Extract<ActorReport, { type: 'lms.opened' }> | null;
}

/** Standalone: no LMS. Its first word, `none`, lets the player read progress at once. */
export const noLms = fromCallback<LmsCommand, { courseId: string }>(({ sendBack }) => {
  sendBack({ type: 'lms.status', status: 'none' } satisfies ActorReport);
  return () => {};
});

/** The slice of xstate's `enqueueActions` arguments these actions use. */
interface Args {
  context: PlayerContext;
  event: PlayerEvent | DoneActorEvent<LoadedProgress>;
  enqueue: unknown;
}
interface Enqueue {
  assign(patch: Partial<PlayerContext>): void;
  sendTo(actor: 'journal' | 'lms', event: JournalCommand | LmsCommand): void;
  raise(event: PlayerEvent): void;
}
const q = (a: Args) => a.enqueue as Enqueue;

/**
 * Facts learned elsewhere: merged fact by fact. What the LMS remembers (`keep`) goes through the
 * journal like any fact, so a storage fault is told; what this device kept for a learner the LMS
 * named late (`sync`) goes to the LMS.
 */
export function merge(a: Args): void {
  const e = a.event;
  assertEvent(e, 'remote.facts');
  const progress = applyFacts(a.context.progress, e.facts);
  q(a).assign({ progress });
  if (e.facts.length === 0) return;
  if (e.keep) q(a).sendTo('journal', { type: 'journal.write', facts: e.facts, quiet: true });
  if (e.sync) q(a).sendTo('lms', { type: 'lms.sync', facts: e.facts, progress, checkpoint: true });
}

/** Progress read at launch joins the context; what only the LMS had is written to this device. */
export function restore(a: Args): void {
  const e = a.event;
  if (e.type !== 'xstate.done.actor.loadProgress' || !('output' in e)) throw new Error(`Unexpected ${e.type}`);
  const out = e.output;
  q(a).assign(status.restored(a.context, out));
  if (out.keep.length) q(a).sendTo('journal', { type: 'journal.write', facts: out.keep, quiet: true });
}

/** Named at launch: the journal binds to this learner's own store before `loadProgress` reads it. */
export function bindLearner(a: Args): void {
  assertEvent(a.event, 'lms.opened');
  q(a).sendTo('journal', { type: 'journal.learner', learnerId: a.event.learnerId });
}

/** Named late: what the LMS remembers is merged and kept; the journal binds and hands back the device's. */
export function adoptLearner(a: Args): void {
  const e = a.event;
  assertEvent(e, 'lms.opened');
  q(a).assign({ notices: e.notices.reduce(status.addNotice, a.context.notices) });
  q(a).raise({ type: 'remote.facts', facts: e.facts, keep: true });
  q(a).sendTo('journal', { type: 'journal.learner', learnerId: e.learnerId, handBack: true });
}

export function lmsStatus(a: Args): void {
  assertEvent(a.event, 'lms.status');
  q(a).assign(status.lms(a.context, a.event));
}

/** Nobody will be named: the journal turns waiting writes into a fault, and the learner is told. */
export function lmsAbsent(a: Args): void {
  q(a).assign(status.lms(a.context, { type: 'lms.status', status: 'pending', notice: 'lms-missing' }));
  q(a).sendTo('journal', { type: 'journal.learner', learnerId: null });
}
