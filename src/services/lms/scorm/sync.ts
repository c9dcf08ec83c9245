import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import { spine } from '../../../content/spine';
import type { LmsStatus, Notice } from '../../../machines/protocol';
import { getFact, type Progress } from '../../../progress/facts';
import { encodeSuspend } from '../../../progress/suspend-codec';
import { lmsView } from './lms-view';
import type { LmsMemory } from './resume';
import type { ScormSession } from './session';

export type StatusReport = { type: 'lms.status'; status: LmsStatus; notice?: Notice };

export interface SyncOptions {
  session: ScormSession;
  outline: CourseOutline;
  /** The track the package is bound to; null lets the learner's chosen track decide. */
  track: TrackId | null;
  memory: LmsMemory;
  report: (r: StatusReport) => void;
  /** Waits between retries while the LMS is failing; the last one repeats. */
  retryDelays?: readonly number[];
}

export const RETRY_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000] as const;

/**
 * Keeps the LMS in step with the learner's progress. Each sync writes what changed (location,
 * suspend_data, status, score, step objectives, interactions for new answers) and commits at
 * checkpoints. When a call fails, the status turns `pending`, everything is written again on the
 * next sync or retry, and `ok` comes back only after a successful Commit. The local journal holds
 * the same facts meanwhile, so a learner never loses work to the LMS.
 */
export class LmsSync {
  private status: LmsStatus = 'ok';
  private latest: Progress | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  private toldLocalOnly = false;
  private readonly answered: Map<string, number>;
  private readonly objectiveIndex: Map<string, number>;
  private nextObjective: number;
  private nextInteraction: number;

  constructor(private readonly o: SyncOptions) {
    this.answered = new Map(o.memory.answered);
    this.objectiveIndex = new Map(o.memory.objectiveIndex);
    this.nextObjective = o.memory.objectiveCount;
    this.nextInteraction = o.memory.interactionCount;
  }

  /** Tells the machine the platform link is up. */
  announce(): void {
    this.o.report({ type: 'lms.status', status: this.status });
  }

  sync(progress: Progress, checkpoint: boolean): void {
    if (this.o.session.finished) return;
    this.latest = progress;
    const wrote = this.write(progress);
    const commit = checkpoint || this.status === 'pending';
    if (!wrote) return this.failed();
    if (!commit) return;
    if (this.o.session.commit()) this.recovered();
    else this.failed();
  }

  /** Exit, session time, Commit and Finish, once; every later command is ignored. */
  finish(progress: Progress): void {
    if (this.o.session.finished) return;
    this.stopRetrying();
    this.write(progress);
    const track = this.trackOf(progress);
    const complete =
      (track !== null && lmsView(this.o.outline, track, progress).complete) || this.o.memory.status.completed;
    this.o.session.finish(complete);
    this.status = 'finished';
    this.o.report({ type: 'lms.status', status: 'finished' });
  }

  dispose(): void {
    this.stopRetrying();
  }

  private trackOf(progress: Progress): TrackId | null {
    return this.o.track ?? getFact(progress, 'track', 'track')?.value ?? null;
  }

  /** Writes the LMS view of `progress`, stopping at the first failing call. */
  private write(progress: Progress): boolean {
    const { session, outline, memory } = this.o;
    const track = this.trackOf(progress);
    if (!track) return true;
    const view = lmsView(outline, track, progress);

    const encoded = encodeSuspend(outline, track, progress, session.dialect.suspendLimit);
    if (!session.suspend(encoded.data)) return false;
    if (encoded.omitted.length && !this.toldLocalOnly) {
      this.toldLocalOnly = true;
      this.o.report({ type: 'lms.status', status: this.status, notice: 'reflections-local-only' });
    }
    if (view.location && !session.setLocation(view.location)) return false;

    if (view.complete) {
      // A score or a pass the LMS already recorded in this attempt is never taken back.
      const best = Math.max(view.score ?? -1, memory.status.score ?? -1);
      if (view.score !== null && !session.setScore(best)) return false;
      const success = memory.status.success === 'passed' ? 'passed' : view.success;
      if (!session.complete(success)) return false;
    } else if (!memory.status.completed && !session.setProgress(view.done, view.total)) return false;

    for (const objective of view.objectives) {
      let index = this.objectiveIndex.get(objective.id);
      if (index === undefined) this.objectiveIndex.set(objective.id, (index = this.nextObjective++));
      if (!session.setStepObjective(index, objective)) return false;
    }

    for (const lesson of spine(outline, track))
      for (const q of lesson.questions) {
        const answer = getFact(progress, 'answer', q.id);
        if (!answer || answer.value.attempts <= (this.answered.get(q.id) ?? 0)) continue;
        const ok = session.recordInteraction(this.nextInteraction, {
          id: q.id,
          kind: q.kind,
          objectiveId: lesson.stepId,
          at: answer.at,
          choice: answer.value.choice,
          correct: q.correct,
          result: answer.value.correct,
          prompt: q.prompt ?? '',
        });
        if (!ok) return false;
        this.nextInteraction++;
        this.answered.set(q.id, answer.value.attempts);
      }
    return true;
  }

  private failed(): void {
    this.o.session.forget();
    if (this.status !== 'pending') {
      this.status = 'pending';
      this.o.report({ type: 'lms.status', status: 'pending', notice: 'lms-pending' });
    }
    this.scheduleRetry();
  }

  private recovered(): void {
    this.retries = 0;
    this.stopRetrying();
    if (this.status !== 'ok') {
      this.status = 'ok';
      this.o.report({ type: 'lms.status', status: 'ok' });
    }
  }

  private scheduleRetry(): void {
    if (this.timer !== null) return;
    const delays = this.o.retryDelays ?? RETRY_DELAYS;
    const delay = delays[Math.min(this.retries++, delays.length - 1)] ?? 60_000;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.latest) this.sync(this.latest, true);
    }, delay);
  }

  private stopRetrying(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
