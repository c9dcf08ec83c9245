import type { AssessmentOutline, CourseOutline, LessonOutline } from '../content/model';
import type { TrackId } from '../content/schema';
import { spine } from '../content/spine';
import type { Progress, ResultValue } from '../progress/facts';
import { lessonsLeft as lessonsLeftOf, timeSpent } from '../progress/selectors';
import { attemptsLeft, attemptsUsed, bestResult, isInProgress } from './attempt';
import { passes } from './scoring';

/**
 * Where a learner stands on a track: the one derived view that the end screen, the LMS report
 * and the attestation all read (design.md, « Assessment and attestation »). Nothing is stored.
 *
 * - `lessons-left`: some lessons of the track are not complete yet (whatever the assessment).
 * - `not-attempted`: lessons done, the assessment not submitted yet (tracks with a pass mark).
 * - `failed`: lessons done, the best submitted attempt below the pass mark.
 * - `passed`: lessons done and the best attempt at or above the pass mark: the attestation.
 * - `complete`: a track without an assessment, every lesson complete.
 */
export type Standing = 'lessons-left' | 'not-attempted' | 'failed' | 'passed' | 'complete';

export interface TrackResult {
  track: TrackId;
  /** The track's assessment, or null for 2 h and 4 h. */
  assessment: AssessmentOutline | null;
  standing: Standing;
  /** Every lesson complete and, where there is an assessment, passed: the LMS's « completed ». */
  complete: boolean;
  lessonsLeft: LessonOutline[];
  /** The best attempt (the kept score) and its ratio in [0, 1]. */
  best: (ResultValue & { ratio: number }) | null;
  /** The best attempt reaches the pass mark (lessons may still be left). */
  passed: boolean;
  attemptsUsed: number;
  attemptsLeft: number | null;
  inProgress: boolean;
  /** Measured active time on the track's lessons, in whole seconds. */
  seconds: number;
}

export function trackResult(outline: CourseOutline, track: TrackId, p: Progress): TrackResult {
  const lessons = spine(outline, track);
  const lessonsLeft = lessonsLeftOf(outline, track, p);
  const seconds = timeSpent(outline, track, p);
  const a = outline.assessment?.track === track ? outline.assessment : null;
  const result = a ? bestResult(a, p) : null;
  const best = result ? { ...result, ratio: result.total ? result.right / result.total : 0 } : null;
  const passed = !!a && !!best && passes(best.right, best.total, a.passMark);
  const lessonsDone = lessons.length > 0 && lessonsLeft.length === 0;
  const standing: Standing = !lessonsDone
    ? 'lessons-left'
    : !a
      ? 'complete'
      : passed
        ? 'passed'
        : best
          ? 'failed'
          : 'not-attempted';
  return {
    track,
    assessment: a,
    standing,
    complete: lessonsDone && (!a || passed),
    lessonsLeft,
    best,
    passed,
    attemptsUsed: a ? attemptsUsed(a, p) : 0,
    attemptsLeft: a ? attemptsLeft(a, p) : null,
    inProgress: a ? isInProgress(a, p) : false,
    seconds,
  };
}

/** Whole hours and minutes of a duration, rounded down: 59 min 59 s is 0 h 59 min, never 1 h. */
export function hoursMinutes(seconds: number): { hours: number; minutes: number } {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
