import type { CourseOutline, LessonOutline, QuestionOutline } from '../content/model';
import type { TrackId } from '../content/schema';
import { spine, stepLessons } from '../content/spine';
import { getFact, type LessonStatus, type Progress } from './facts';

/**
 * Derived views of progress: the one place each is computed, for the machine, the views, the
 * LMS sync and the suspend codec alike. Nothing here is stored: it is recomputed from the facts.
 * (The assessment's score and standing are derived in src/assessment/track-result.ts, from these.)
 */

/** The track the learner chose, or null before the first choice. */
export function currentTrack(p: Progress): TrackId | null {
  return getFact(p, 'track', 'track')?.value ?? null;
}

/** The last lesson opened (any track), or null. */
export function bookmark(p: Progress): string | null {
  return getFact(p, 'bookmark', 'bookmark')?.value ?? null;
}

/** The bookmark when it lies on `track`'s spine (where to resume that track), else null. */
export function trackBookmark(outline: CourseOutline, track: TrackId, p: Progress): string | null {
  const mark = bookmark(p);
  return mark && spine(outline, track).some((l) => l.id === mark) ? mark : null;
}

/** A lesson's status, undefined while never opened. */
export function lessonStatus(p: Progress, lessonId: string): LessonStatus | undefined {
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
  /** Some lesson of the step on this track was opened. */
  started: boolean;
}

/** Each step's lessons on `track`: how many are complete, whether any was opened. */
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
      started: lessons.some((l) => lessonStatus(p, l.id) !== undefined),
    };
  });
}

/** The lessons of `track` not complete yet, in reading order. */
export function lessonsLeft(outline: CourseOutline, track: TrackId, p: Progress): LessonOutline[] {
  return spine(outline, track).filter((l) => !isLessonComplete(p, l.id));
}

/** Lessons of `track` complete, out of how many, and whether that is all of them. */
export function trackProgress(outline: CourseOutline, track: TrackId, p: Progress) {
  const total = spine(outline, track).length;
  const done = total - lessonsLeft(outline, track, p).length;
  return { done, total, complete: total > 0 && done === total };
}

export function isTrackComplete(outline: CourseOutline, track: TrackId, p: Progress): boolean {
  return trackProgress(outline, track, p).complete;
}

/** Measured active time on the lessons of `track`, in whole seconds. */
export function timeSpent(outline: CourseOutline, track: TrackId, p: Progress): number {
  return spine(outline, track).reduce((n, l) => n + (getFact(p, 'lesson', l.id)?.value.seconds ?? 0), 0);
}

/** Every authored id of the course a learner's facts may refer to, with its outline. */
export interface CourseIds {
  lessons: LessonOutline[];
  questions: QuestionOutline[];
  /** Reflection ids. */
  reflections: string[];
  has: { lessons: ReadonlySet<string>; questions: ReadonlySet<string>; reflections: ReadonlySet<string> };
}

const idsCache = new WeakMap<CourseOutline, CourseIds>();

/** Every lesson, question and reflection of the course, all tracks (computed once per outline). */
export function courseIds(outline: CourseOutline): CourseIds {
  let ids = idsCache.get(outline);
  if (!ids) {
    const lessons = outline.steps.flatMap((s) => s.lessons);
    const questions = lessons.flatMap((l) => l.questions);
    const reflections = lessons.flatMap((l) => l.reflections.map((r) => r.id));
    ids = {
      lessons,
      questions,
      reflections,
      has: {
        lessons: new Set(lessons.map((l) => l.id)),
        questions: new Set(questions.map((q) => q.id)),
        reflections: new Set(reflections),
      },
    };
    idsCache.set(outline, ids);
  }
  return ids;
}

/** Ids in the facts that the current course no longer has: reported, then ignored. */
export function unknownIds(outline: CourseOutline, p: Progress): string[] {
  const { has } = courseIds(outline);
  return Object.values(p)
    .filter(
      (f) =>
        (f.kind === 'lesson' && !has.lessons.has(f.key)) ||
        (f.kind === 'bookmark' && !has.lessons.has(f.value)) ||
        (f.kind === 'answer' && !has.questions.has(f.key)) ||
        (f.kind === 'reflection' && !has.reflections.has(f.key)),
    )
    .map((f) => `${f.kind}:${f.kind === 'bookmark' ? f.value : f.key}`);
}
