import { neighbour } from '../content/spine';
import type { AssessmentInput } from './assessment.machine';
import { currentTrack, lessonStatus } from '../progress/selectors';
import type { PlayerContext } from './context';
import type { JournalCommand, LmsCommand } from './protocol';
import * as rec from './record';
import type { Change } from './transaction';

/** Helpers of the player machine's actions: how a change is opened, assigned and persisted. */

/** Opens a lesson: closes the time of the previous visit, bookmarks, marks visited. */
export function open(c: Change, lessonId: string): Change {
  return closeVisit(c)
    .set({ lessonId, incomplete: [] })
    .set({ viewedEnd: (lessonStatus(c.ctx.progress, lessonId) ?? 'visited') !== 'visited' })
    .add((ctx, at) => rec.enterLesson(ctx, lessonId, at));
}

/** Accounts the time of the current visit up to the change's `at` and restarts it from there. */
export function closeVisit(c: Change): Change {
  return c.add(rec.leaveLesson).set({ enteredAt: c.at });
}

/** The next (1) or previous (-1) lesson on the current track. */
export function step(ctx: PlayerContext, delta: 1 | -1): string {
  return neighbour(ctx.outline, currentTrack(ctx.progress)!, ctx.lessonId!, delta)!.id;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The slice of xstate's `enqueue` that `flush` uses. */
interface Enqueue {
  assign(patch: Partial<PlayerContext>): void;
  sendTo(actor: 'journal' | 'lms', event: JournalCommand | LmsCommand): void;
}

/** Assigns the change, then hands its new facts to the journal and the LMS. */
export function flush(enqueue: unknown, c: Change): void {
  const q = enqueue as Enqueue;
  q.assign({ ...c.ctx, save: c.facts.length ? (c.ctx.save === 'memory-only' ? 'memory-only' : 'saving') : c.ctx.save });
  if (c.facts.length) q.sendTo('journal', { type: 'journal.write', facts: c.facts });
  if (c.facts.length || c.checkpoint)
    q.sendTo('lms', { type: 'lms.sync', facts: c.facts, progress: c.ctx.progress, checkpoint: c.checkpoint });
}

/** What the assessment child starts with: the course's assessment (if any) and its id. */
export function assessmentInput(ctx: PlayerContext): AssessmentInput {
  return { assessment: ctx.outline.assessment ?? null, courseId: ctx.outline.id };
}
