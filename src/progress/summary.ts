import type { CourseOutline, LessonOutline } from '../content/model';
import type { TrackId } from '../content/schema';
import { spine, stepLessons } from '../content/spine';
import { getFact, type Progress } from './facts';

/** Derived views of progress. Nothing here is stored: it is recomputed from the facts. */

export function lessonStatus(p: Progress, lessonId: string) {
  return getFact(p, 'lesson', lessonId)?.value.status;
}

export function isLessonComplete(p: Progress, lessonId: string): boolean {
  return lessonStatus(p, lessonId) === 'completed';
}

/**
 * A lesson is complete once viewed to its end and every one of its questions is answered; the
 * lesson holding the final assessment also needs an attempt submitted (passed or not: whether
 * the track is passed is the track result's business, see src/assessment/track-result.ts).
 */
export function meetsCompletion(p: Progress, lesson: LessonOutline, viewedEnd: boolean): boolean {
  return (
    viewedEnd &&
    lesson.questions.every((q) => getFact(p, 'answer', q.id) !== undefined) &&
    (!lesson.assessmentId || hasSubmitted(p, lesson.assessmentId))
  );
}

/** An attempt of the assessment was submitted at least once (a result exists, or the attempt on record was handed in). */
export function hasSubmitted(p: Progress, assessmentId: string): boolean {
  return !!getFact(p, 'result', assessmentId) || getFact(p, 'attempt', assessmentId)?.value.submitted === true;
}

export interface StepProgress {
  stepId: string;
  number: number;
  title: string;
  done: number;
  total: number;
  complete: boolean;
}

export function stepsProgress(outline: CourseOutline, track: TrackId, p: Progress): StepProgress[] {
  return outline.steps.map((s) => {
    const lessons = stepLessons(s, track);
    const done = lessons.filter((l) => isLessonComplete(p, l.id)).length;
    return {
      stepId: s.id,
      number: s.number,
      title: s.title,
      done,
      total: lessons.length,
      complete: done === lessons.length,
    };
  });
}

export function trackProgress(outline: CourseOutline, track: TrackId, p: Progress) {
  const lessons = spine(outline, track);
  const done = lessons.filter((l) => isLessonComplete(p, l.id)).length;
  return { done, total: lessons.length, complete: lessons.length > 0 && done === lessons.length };
}

export function isTrackComplete(outline: CourseOutline, track: TrackId, p: Progress): boolean {
  return trackProgress(outline, track, p).complete;
}

/** Ids in the facts that the current course no longer has: reported, then ignored. */
export function unknownIds(outline: CourseOutline, p: Progress): string[] {
  const lessons = new Set<string>();
  const questions = new Set<string>();
  const reflections = new Set<string>();
  for (const s of outline.steps)
    for (const l of s.lessons) {
      lessons.add(l.id);
      l.questions.forEach((q) => questions.add(q.id));
      l.reflections.forEach((r) => reflections.add(r.id));
    }
  return Object.values(p)
    .filter(
      (f) =>
        (f.kind === 'lesson' && !lessons.has(f.key)) ||
        (f.kind === 'bookmark' && !lessons.has(f.value)) ||
        (f.kind === 'answer' && !questions.has(f.key)) ||
        (f.kind === 'reflection' && !reflections.has(f.key)),
    )
    .map((f) => `${f.kind}:${f.kind === 'bookmark' ? f.value : f.key}`);
}
