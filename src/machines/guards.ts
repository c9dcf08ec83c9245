import type { TrackId } from '../content/schema';
import { findLesson, neighbour } from '../content/spine';
import { bookmark, courseIds, currentTrack } from '../progress/selectors';
import type { PlayerContext } from './context';
import type { PlayerEvent } from './events';

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

type Args = { context: PlayerContext; event: PlayerEvent };

/** The guards of the player machine, by the names its transitions use. */
export const playerGuards = {
  canResume: ({ context }: Args) => canResume(context),
  hasNext: ({ context }: Args) => hasNext(context),
  hasPrev: ({ context }: Args) => hasPrev(context),
  trackAllowed: ({ context, event }: Args) =>
    'track' in event && (context.lockedTrack === null || event.track === context.lockedTrack),
  byLearner: ({ event }: Args) => event.type === 'session.quit' && event.byLearner === true,
  /** Nothing is being written: reloading into a new version now loses nothing. */
  saved: ({ context }: Args) => context.save !== 'saving',
  resumesLocked: ({ context }: Args) => context.lockedTrack !== null && canResume(context),
  landsOnLesson: ({ context }: Args) =>
    !!context.initialLessonId && isLessonInTrack(context, currentTrack(context.progress), context.initialLessonId),
  isLessonInTrack: ({ context, event }: Args) =>
    event.type === 'nav.goTo' && isLessonInTrack(context, currentTrack(context.progress), event.lessonId),
  isQuestionOfCurrentLesson: ({ context, event }: Args) =>
    event.type === 'quiz.submit' && isQuestionOfCurrentLesson(context, event.questionId),
  isKnownReflection: ({ context, event }: Args) =>
    event.type === 'reflection.save' && isKnownReflection(context, event.reflectionId),
};
