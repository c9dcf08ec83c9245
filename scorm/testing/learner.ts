import { createActor, fromCallback, fromPromise } from 'xstate';
import type { CourseOutline, QuestionOutline } from '../../src/content/model';
import type { TrackId } from '../../src/content/schema';
import { findLesson } from '../../src/content/spine';
import { playerMachine } from '../../src/machines/player.machine';
import type { JournalCommand, LoadedProgress } from '../../src/machines/protocol';
import { applyFacts, type Fact } from '../../src/progress/facts';
import { connectScorm } from '../../src/services/lms/scorm/connect';
import type { FakeLms } from './fake-lms';

/**
 * The real player machine wired to the real SCORM adapter and a fake LMS, with a script-like
 * learner on top: what the UI would send, without the UI.
 */
export async function launchPlayer(
  outline: CourseOutline,
  lms: FakeLms,
  track: TrackId,
  opts: { local?: Fact[]; retryDelays?: number[]; clock?: { now: number } } = {},
) {
  const clock = opts.clock ?? { now: Date.UTC(2026, 4, 4, 9, 0, 0) };
  const conn = await connectScorm({
    kind: lms.version,
    outline,
    track,
    window: lms.window,
    now: () => clock.now,
    ...(opts.retryDelays ? { retryDelays: opts.retryDelays } : {}),
  });
  if (!conn) throw new Error('no LMS connection');
  const journal: Fact[] = [];
  const machine = playerMachine.provide({
    actors: {
      // The composition root's merge: local journal and LMS memory, fact by fact.
      loadProgress: fromPromise<LoadedProgress, { courseId: string }>(async () => ({
        facts: Object.values(applyFacts(applyFacts({}, opts.local ?? []), conn.resume.facts)),
        notices: conn.resume.notices,
        learnerKey: conn.learnerId || 'local',
      })),
      journal: fromCallback<JournalCommand, { courseId: string }>(({ receive, sendBack }) =>
        receive((e) => {
          journal.push(...e.facts);
          sendBack({ type: 'journal.saved', count: e.facts.length, durable: true });
        }),
      ),
      lms: conn.actor as never,
    },
  });
  const actor = createActor(machine, { input: { outline, lockedTrack: track, now: () => clock.now } });
  actor.start();
  while (actor.getSnapshot().matches('loading')) await new Promise((r) => setTimeout(r, 0));
  const ctx = () => actor.getSnapshot().context;
  const send = actor.send.bind(actor);
  const lesson = () => findLesson(outline, ctx().lessonId!)!;

  return {
    conn,
    actor,
    ctx,
    send,
    journal,
    lesson,
    tick(seconds: number) {
      clock.now += seconds * 1000;
    },
    /** Answers every question of the lesson on screen, rightly or with a wrong option. */
    answerAll(right: boolean | ((q: QuestionOutline) => boolean) = true) {
      for (const q of lesson().questions) {
        const r = typeof right === 'function' ? right(q) : right;
        send({ type: 'quiz.submit', questionId: q.id, choice: r ? q.correct : wrongChoice(q) });
      }
    },
    /** Reads the lesson to its end, answering its quiz first: the lesson is then complete. */
    finishLesson(right: boolean | ((q: QuestionOutline) => boolean) = true) {
      this.tick(90);
      this.answerAll(right);
      send({ type: 'lesson.viewedEnd' });
    },
    next: () => send({ type: 'nav.next' }),
    pause: () => send({ type: 'session.pause' }),
    quit: () => send({ type: 'session.quit' }),
  };
}

export type Player = Awaited<ReturnType<typeof launchPlayer>>;

export function wrongChoice(q: QuestionOutline): string[] {
  if (q.kind === 'truefalse') return [q.correct[0] === 'true' ? 'false' : 'true'];
  return ['option-fausse'];
}
