import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import { spine, stepLessons } from '../../../content/spine';
import { getFact, type Progress } from '../../../progress/facts';
import { trackProgress, trackScore } from '../../../progress/summary';
import type { StepObjective, Success } from './dialect';

/** What the LMS should show for one learner, derived from the facts: nothing here is stored. */
export interface LmsView {
  location: string | null;
  objectives: StepObjective[];
  done: number;
  total: number;
  complete: boolean;
  /** Ratio of right answers over the track's questions, reported once a track with a pass mark is complete. */
  score: number | null;
  success: Success | null;
}

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
  const { done, total, complete } = trackProgress(outline, track, progress);
  const passMark = outline.tracks.find((t) => t.id === track)?.passMark;
  const score = complete && passMark !== undefined ? trackScore(outline, track, progress) : null;
  return {
    location: mark && lessons.has(mark) ? mark : null,
    objectives,
    done,
    total,
    complete,
    score,
    success: score === null || passMark === undefined ? null : score >= passMark ? 'passed' : 'failed',
  };
}
