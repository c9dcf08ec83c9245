import type { CourseOutline, LessonOutline, StepOutline } from './model.ts';
import type { TrackId } from './schema.ts';

/** The lessons of one track, in reading order: the spine the learner walks. */
export function spine(outline: CourseOutline, track: TrackId): LessonOutline[] {
  return outline.steps.flatMap((s) => s.lessons.filter((l) => l.tracks.includes(track)));
}

export function stepLessons(step: StepOutline, track: TrackId): LessonOutline[] {
  return step.lessons.filter((l) => l.tracks.includes(track));
}

export function findLesson(outline: CourseOutline, lessonId: string): LessonOutline | undefined {
  for (const s of outline.steps) {
    const l = s.lessons.find((x) => x.id === lessonId);
    if (l) return l;
  }
  return undefined;
}

export function trackMinutes(outline: CourseOutline, track: TrackId): number {
  return spine(outline, track).reduce((sum, l) => sum + l.minutes, 0);
}

/** The neighbour of a lesson on a track's spine, or undefined at either end. */
export function neighbour(outline: CourseOutline, track: TrackId, lessonId: string, delta: 1 | -1) {
  const lessons = spine(outline, track);
  const i = lessons.findIndex((l) => l.id === lessonId);
  return i < 0 ? undefined : lessons[i + delta];
}

export interface CourseStats {
  steps: number;
  lessons: number;
  quizzes: number;
  minutes: Record<TrackId, number>;
}

export function courseStats(outline: CourseOutline, quizzes: number): CourseStats {
  const minutes = { '2h': 0, '4h': 0, '12h': 0 } as Record<TrackId, number>;
  for (const t of outline.tracks) minutes[t.id] = trackMinutes(outline, t.id);
  return {
    steps: outline.steps.length,
    lessons: outline.steps.reduce((n, s) => n + s.lessons.length, 0),
    quizzes,
    minutes,
  };
}
