import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import { spine } from '../../../content/spine';
import type { LmsStatus, Notice } from '../../../machines/protocol';
import { getFact, type Progress } from '../../../progress/facts';
import { currentTrack } from '../../../progress/selectors';
import { encodeSuspend } from '../../../progress/suspend-codec';
import { AssessmentReporter, type BankLoader } from './assessment-report';
import { lmsView } from './lms-view';
import type { InteractionRecord, StepObjective } from './dialect';
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
  /** The assessment's bank, to report submitted attempts (the lazily loaded chunk). */
  loadBank?: BankLoader;
  /** Waits between retries while the LMS is failing; the last one repeats. */
  retryDelays?: readonly number[];
}

export const RETRY_DELAYS = [2_000, 5_000, 15_000, 30_000, 60_000] as const;

/**
 * Keeps the LMS in step with the learner's progress. Each sync writes what changed (location,
 * suspend_data, status, score, exit, step objectives, interactions for new answers) and commits
 * at checkpoints. `exit` = "suspend" goes with the first commit and stays while the track is
 * incomplete, so a session that never reaches Finish (a crash, a killed tab) still resumes on
 * an LMS that applies SCORM 2004's rule. When the LMS is failing, the status turns `pending`,
 * everything is written again on the next sync or retry, and `ok` comes back only after a
 * successful Commit; a single value the LMS refuses is logged and skipped instead (see
 * ScormSession). The local journal holds the same facts meanwhile, so a learner never loses work
 * to the LMS. In review or browse mode nothing is written at all.
 */
export class LmsSync {
  private status: LmsStatus = 'ok';
  private latest: Progress | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  private toldLocalOnly = false;
  private readonly answered: Map<string, number>;
  private readonly objectiveIndex: Map<string, number>;
  private readonly interactionIndex: Map<string, number>;
  private nextObjective: number;
  private nextInteraction: number;

  private readonly assessment: AssessmentReporter;

  constructor(private readonly o: SyncOptions) {
    this.assessment = new AssessmentReporter(o.outline.assessment, new Set(o.memory.assessed), o.loadBank, () => {
      if (this.latest) this.sync(this.latest, true);
    });
    this.answered = new Map(o.memory.answered);
    this.objectiveIndex = new Map(o.memory.objectiveIndex);
    this.interactionIndex = new Map(o.memory.interactionIndex);
    this.nextObjective = o.memory.objectiveCount;
    this.nextInteraction = o.memory.interactionCount;
  }

  /** Tells the machine the platform link is up. */
  announce(): void {
    this.o.report({ type: 'lms.status', status: this.status });
  }

  sync(progress: Progress, checkpoint: boolean): void {
    if (this.o.session.finished || this.o.session.reviewing) return;
    this.latest = progress;
    const wrote = this.write(progress);
    const commit = checkpoint || this.status === 'pending';
    if (!wrote) return this.failed();
    if (!commit) return;
    if (this.o.session.commit()) this.recovered();
    else this.failed();
  }

  /**
   * Exit, session time, Commit and Finish, once; every later command is ignored. `leaving`: the
   * learner chose to leave, so the LMS is also asked to take the course away where it can.
   */
  finish(progress: Progress, leaving = false): void {
    if (this.o.session.finished) return;
    this.stopRetrying();
    if (!this.o.session.reviewing) this.write(progress);
    this.o.session.finish(this.complete(progress), leaving);
    this.status = 'finished';
    this.o.report({ type: 'lms.status', status: 'finished' });
  }

  dispose(): void {
    this.stopRetrying();
  }

  private trackOf(progress: Progress): TrackId | null {
    return this.o.track ?? currentTrack(progress);
  }

  /** Done for the LMS: the facts complete the track, or the LMS already recorded it as completed. */
  private complete(progress: Progress): boolean {
    const track = this.trackOf(progress);
    return (track !== null && lmsView(this.o.outline, track, progress).complete) || this.o.memory.status.completed;
  }

  /** Writes the LMS view of `progress`; false when the LMS is failing (a refused value is not a failure). */
  private write(progress: Progress): boolean {
    const { session, outline, memory } = this.o;
    const track = this.trackOf(progress);
    if (!track) return true;
    const view = lmsView(outline, track, progress);

    const encoded = encodeSuspend(outline, track, progress, session.dialect.suspendLimit);
    if (!session.suspend(encoded.data)) return false;
    if (encoded.omitted.length && !this.toldLocalOnly) {
      this.toldLocalOnly = true;
      const answers = encoded.omitted.some((f) => f.kind === 'answer');
      this.o.report({
        type: 'lms.status',
        status: this.status,
        notice: answers ? 'answers-local-only' : 'reflections-local-only',
      });
    }
    if (view.location && !session.setLocation(view.location)) return false;

    // A score or a pass the LMS already recorded in this attempt is never taken back.
    if (view.score !== null && !session.setScore(Math.max(view.score, memory.status.score ?? -1))) return false;
    const success = memory.status.success === 'passed' ? 'passed' : (view.success ?? memory.status.success);
    if (view.lessonsDone) {
      if (!session.complete(success)) return false;
    } else if (!memory.status.completed && !session.setProgress(view.done, view.total, success)) return false;
    if (!session.setExit(view.complete || memory.status.completed)) return false;

    for (const objective of view.objectives) if (!this.writeObjective(objective)) return false;

    for (const lesson of spine(outline, track))
      for (const q of lesson.questions) {
        const answer = getFact(progress, 'answer', q.id);
        if (!answer || answer.value.attempts <= (this.answered.get(q.id) ?? 0)) continue;
        const ok = this.writeInteraction({
          id: q.id,
          attempt: answer.value.attempts,
          kind: q.kind,
          objectiveId: lesson.stepId,
          at: answer.at,
          choice: answer.value.choice,
          correct: q.correct,
          result: answer.value.correct,
          prompt: q.prompt ?? '',
        });
        if (!ok) return false;
      }
    return this.assessment.write(progress, track, (record) => this.writeInteraction(record));
  }

  /**
   * A step objective where the LMS holds it, or appended at the LMS's own count (not ours: a
   * record it refused does not exist there). False when the LMS is failing.
   */
  private writeObjective(objective: StepObjective): boolean {
    const { session } = this.o;
    const known = this.objectiveIndex.get(objective.id);
    if (known !== undefined) return session.setStepObjective(known, objective) !== 'failed';
    const n = session.count(session.dialect.read.objectiveCount) ?? this.nextObjective;
    const outcome = session.setStepObjective(n, objective);
    if (outcome === 'recorded') {
      this.objectiveIndex.set(objective.id, n);
      this.nextObjective = n + 1;
    }
    return outcome !== 'failed';
  }

  /**
   * A new answer: in 2004 into the question's record when the LMS holds one, otherwise appended
   * at the LMS's count. Recorded or refused, the answer is not written again. False when the
   * LMS is failing.
   */
  private writeInteraction(record: InteractionRecord): boolean {
    const { session } = this.o;
    const known = session.dialect.read.interactionId ? this.interactionIndex.get(record.id) : undefined;
    if (known !== undefined) {
      if (!session.updateInteraction(known, record)) return false;
    } else {
      const n = session.count(session.dialect.read.interactionCount) ?? this.nextInteraction;
      const outcome = session.recordInteraction(n, record);
      if (outcome === 'failed') return false;
      if (outcome === 'recorded') {
        this.interactionIndex.set(record.id, n);
        this.nextInteraction = n + 1;
      }
    }
    this.answered.set(record.id, record.attempt);
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
