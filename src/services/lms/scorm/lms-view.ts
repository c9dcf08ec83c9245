import { trackResult } from '../../../assessment/track-result';
import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import { spine, stepLessons } from '../../../content/spine';
import { getFact, type Progress } from '../../../progress/facts';
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
  const lessons = new Set(spine(outline, track).map((l) => l.id));
  const mark = getFact(progress, 'bookmark', 'bookmark')?.value;
  const objectives = outline.steps.map((step): StepObjective => {
    const ids = stepLessons(step, track).map((l) => l.id);
    const done = ids.filter((id) => getFact(progress, 'lesson', id)?.value.status === 'completed').length;
    const started = ids.some((id) => getFact(progress, 'lesson', id) !== undefined);
    return {
      id: step.id,
      title: step.title,
      status: done === ids.length ? 'completed' : started ? 'incomplete' : 'not attempted',
      done,
      total: ids.length,
    };
  });
  const r = trackResult(outline, track, progress);
  const total = lessons.size;
  const done = total - r.lessonsLeft.length;
  return {
    location: mark && lessons.has(mark) ? mark : null,
    objectives,
    done,
    total,
    lessonsDone: total > 0 && done === total,
    complete: r.complete,
    score: r.best ? r.best.ratio : null,
    success: r.best ? (r.passed ? 'passed' : 'failed') : null,
  };
}
