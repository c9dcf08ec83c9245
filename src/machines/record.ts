import type { TrackId } from '../content/schema';
import { findLesson, spine } from '../content/spine';
import { getFact, type Fact } from '../progress/facts';
import { currentTrack, lessonsLeft, lessonStatus, meetsCompletion, trackBookmark } from '../progress/selectors';
import type { PlayerContext } from './context';

/**
 * Pure builders of the facts each learner action produces. The machine applies them to its
 * progress and hands the same list to the journal and the LMS, so all three agree. `at` is the
 * time of the event (ms since epoch), read once from the machine's clock.
 */

/** A visit longer than this is a forgotten tab, not study time. */
const MAX_VISIT_SECONDS = 30 * 60;

/** Adds the time of the visit that ends at `at` (ms since epoch) to the lesson on screen. */
export function leaveLesson(ctx: PlayerContext, at: number): Fact[] {
  if (!ctx.lessonId) return [];
  const seconds = Math.min(MAX_VISIT_SECONDS, Math.floor((at - ctx.enteredAt) / 1000));
  if (seconds <= 0) return [];
  const prev = getFact(ctx.progress, 'lesson', ctx.lessonId);
  return [
    {
      kind: 'lesson',
      key: ctx.lessonId,
      at,
      value: { status: prev?.value.status ?? 'visited', seconds: (prev?.value.seconds ?? 0) + seconds },
    },
  ];
}

export function enterLesson(ctx: PlayerContext, lessonId: string, at: number): Fact[] {
  const facts: Fact[] = [{ kind: 'bookmark', key: 'bookmark', at, value: lessonId }];
  if (lessonStatus(ctx.progress, lessonId) === undefined)
    facts.push({ kind: 'lesson', key: lessonId, at, value: { status: 'visited', seconds: 0 } });
  return facts;
}

export function chooseTrack(ctx: PlayerContext, track: TrackId, at: number): Fact[] {
  return currentTrack(ctx.progress) === track ? [] : [{ kind: 'track', key: 'track', at, value: track }];
}

/** Where a track opens: the bookmark if it belongs to it, else its first unfinished lesson. */
export function landingLesson(ctx: PlayerContext, track: TrackId): string | null {
  return (
    trackBookmark(ctx.outline, track, ctx.progress) ??
    (lessonsLeft(ctx.outline, track, ctx.progress)[0] ?? spine(ctx.outline, track)[0])?.id ??
    null
  );
}

/**
 * A practice answer. The first one is what the course records (for the learner's review and the
 * LMS interactions): practice quizzes never score, and a second try after the right answer was
 * shown proves nothing. Trying again stays possible on screen; it records nothing.
 */
export function answer(ctx: PlayerContext, questionId: string, choice: string[], at: number): Fact[] {
  const lesson = ctx.lessonId ? findLesson(ctx.outline, ctx.lessonId) : undefined;
  const q = lesson?.questions.find((x) => x.id === questionId);
  if (!q || getFact(ctx.progress, 'answer', questionId)) return [];
  const picked = [...new Set(choice)].sort();
  const correct = picked.length === q.correct.length && [...q.correct].sort().every((id, i) => id === picked[i]);
  return [{ kind: 'answer', key: questionId, at, value: { choice: picked, correct, attempts: 1 } }];
}

/** Marks the current lesson viewed or completed when its rule is met; nothing otherwise. */
export function settleLesson(ctx: PlayerContext, at: number): Fact[] {
  const lesson = ctx.lessonId ? findLesson(ctx.outline, ctx.lessonId) : undefined;
  if (!lesson || !ctx.viewedEnd) return [];
  const prev = getFact(ctx.progress, 'lesson', lesson.id);
  const status = meetsCompletion(ctx.progress, lesson, true) ? 'completed' : 'viewed';
  if (prev?.value.status === 'completed' || prev?.value.status === status) return [];
  return [{ kind: 'lesson', key: lesson.id, at, value: { status, seconds: prev?.value.seconds ?? 0 } }];
}

export function reflect(ctx: PlayerContext, reflectionId: string, text: string, at: number): Fact[] {
  const prev = getFact(ctx.progress, 'reflection', reflectionId);
  if (prev?.value.text === text) return [];
  return [{ kind: 'reflection', key: reflectionId, at, value: { text: text.slice(0, 5000) } }];
}

export function toggleItem(
  ctx: PlayerContext,
  checklistId: string,
  itemId: string,
  checked: boolean,
  at: number,
): Fact[] {
  const prev = getFact(ctx.progress, 'checklist', checklistId)?.value.checked ?? [];
  const next = checked ? [...new Set([...prev, itemId])] : prev.filter((i) => i !== itemId);
  return [{ kind: 'checklist', key: checklistId, at, value: { checked: next.sort() } }];
}

export function unfinished(ctx: PlayerContext): string[] {
  const t = currentTrack(ctx.progress);
  return t ? lessonsLeft(ctx.outline, t, ctx.progress).map((l) => l.id) : [];
}
