import { applyFacts } from '../progress/facts';
import type { PlayerContext } from './context';
import type { ActorReport, LoadedProgress, Notice } from './protocol';

/**
 * The player's status region (save, LMS link, notices): what each report from the journal, the
 * LMS or the assessment changes in the context. Pure: each returns the fields to assign.
 */

type Status = Pick<PlayerContext, 'save' | 'lms' | 'notices'>;
type ReportOf<T extends ActorReport['type']> = Extract<ActorReport, { type: T }>;

/** Adds a notice once; `undefined` adds nothing. */
export function addNotice(notices: Notice[], n: Notice | undefined): Notice[] {
  return !n || notices.includes(n) ? notices : [...notices, n];
}

/**
 * What the loaded progress gives the context: the facts, the notices of loading, the learner.
 * Merged with what arrived while it was read (the LMS's first word, another tab's facts).
 */
export function restored(
  ctx: Pick<PlayerContext, 'progress' | 'notices'>,
  out: LoadedProgress,
): Partial<PlayerContext> {
  return {
    progress: applyFacts(ctx.progress, out.facts),
    notices: out.notices.reduce(addNotice, ctx.notices),
    learnerKey: out.learnerKey,
  };
}

/** A durable write after a quota error means storage came back: everything is on disk again. */
export function saved(ctx: Status, e: ReportOf<'journal.saved'>): Partial<Status> {
  return e.durable
    ? { save: 'saved', notices: ctx.notices.filter((n) => n !== 'storage-quota') }
    : { save: 'memory-only' };
}

/** The journal fell back to memory (or lost a write): the learner is told, work is kept in the page. */
export function degraded(ctx: Status, e: ReportOf<'journal.degraded'>): Partial<Status> {
  return { save: 'memory-only', notices: addNotice(ctx.notices, e.notice) };
}

/** The LMS link's state; « en attente » is shown only while it is pending. */
export function lms(ctx: Status, e: ReportOf<'lms.status'>): Partial<Status> {
  const notices = ctx.notices.filter((n) => n !== 'lms-pending' || e.status === 'pending');
  return { lms: e.status, notices: addNotice(notices, e.notice) };
}

export function dismiss(ctx: Status, e: { notice: string }): Partial<Status> {
  return { notices: ctx.notices.filter((n) => n !== e.notice) };
}

export function unscorable(ctx: Status): Partial<Status> {
  return { notices: addNotice(ctx.notices, 'assessment-unscorable') };
}
