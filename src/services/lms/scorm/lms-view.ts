import { trackResult } from '../../../assessment/track-result';
import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import type { Progress } from '../../../progress/facts';
import { stepsProgress, trackBookmark, trackProgress } from '../../../progress/selectors';
import type { StepObjective, Success } from './dialect';

/** What the LMS should show for one learner, derived from the facts: nothing here is stored. */
export interface LmsView {
  location: string | null;
  objectives: StepObjective[];
  done: number;
  total: number;
  /** Every lesson of the track complete (SCORM 2004 `completion_status`). */
  lessonsDone: boolean;
  /**
   * Done for the LMS: the lessons, and the assessment passed where the track has one (the track
   * result's `complete`). While false, `exit` stays "suspend" so a retake resumes.
   */
  complete: boolean;
  /** The best assessment score as a ratio, once an attempt was submitted; null otherwise (2 h, 4 h). */
  score: number | null;
  /** Passed or failed against the pass mark, once an attempt was submitted. */
  success: Success | null;
}

/**
 * The LMS's view of a learner. Only the final assessment scores (practice quizzes never do): its
 * best attempt gives the score and passed/failed as soon as one attempt is submitted, whatever
 * the lessons (SCORM 1.2 has one status: incomplete until then, then passed or failed).
 */
export function lmsView(outline: CourseOutline, track: TrackId, progress: Progress): LmsView {
  const objectives = stepsProgress(outline, track, progress).map((s): StepObjective => ({
    id: s.stepId,
    title: s.title,
    status: s.complete ? 'completed' : s.started ? 'incomplete' : 'not attempted',
    done: s.done,
    total: s.total,
  }));
  const r = trackResult(outline, track, progress);
  const { done, total, complete: lessonsDone } = trackProgress(outline, track, progress);
  return {
    location: trackBookmark(outline, track, progress),
    objectives,
    done,
    total,
    lessonsDone,
    complete: r.complete,
    score: r.best ? r.best.ratio : null,
    success: r.best ? (r.passed ? 'passed' : 'failed') : null,
  };
}
