import type { TrackId } from '../content/schema';
import { findLesson, neighbour } from '../content/spine';
import { bookmark, courseIds, currentTrack } from '../progress/selectors';
import type { PlayerContext } from './context';

/** Pure predicates the machine refers to by name; each is unit-tested on its own. */

export function isLessonInTrack(ctx: Pick<PlayerContext, 'outline'>, track: TrackId | null, lessonId: string): boolean {
  if (!track) return false;
  return findLesson(ctx.outline, lessonId)?.tracks.includes(track) ?? false;
}

export function hasNext(ctx: PlayerContext): boolean {
  const t = currentTrack(ctx.progress);
  return !!t && !!ctx.lessonId && neighbour(ctx.outline, t, ctx.lessonId, 1) !== undefined;
}

export function hasPrev(ctx: PlayerContext): boolean {
  const t = currentTrack(ctx.progress);
  return !!t && !!ctx.lessonId && neighbour(ctx.outline, t, ctx.lessonId, -1) !== undefined;
}

export function canResume(ctx: Pick<PlayerContext, 'outline' | 'progress'>): boolean {
  const b = bookmark(ctx.progress);
  return !!b && isLessonInTrack(ctx, currentTrack(ctx.progress), b);
}

export function isQuestionOfCurrentLesson(ctx: PlayerContext, questionId: string): boolean {
  const lesson = ctx.lessonId ? findLesson(ctx.outline, ctx.lessonId) : undefined;
  return lesson?.questions.some((q) => q.id === questionId) ?? false;
}

/** A reflection can be edited from anywhere it is shown (its lesson, or the feuille de route). */
export function isKnownReflection(ctx: PlayerContext, reflectionId: string): boolean {
  return courseIds(ctx.outline).has.reflections.has(reflectionId);
}
