import { createActor } from 'xstate';
import { currentAttempt } from '../../src/assessment/attempt';
import { drawAttempt } from '../../src/assessment/draw';
import { rightResponse } from '../../src/assessment/scoring';
import type { BankEntry, CourseOutline, QuestionOutline } from '../../src/content/model';
import type { TrackId } from '../../src/content/schema';
import { findLesson } from '../../src/content/spine';
import { compose } from '../../src/app/compose';
import { applyFacts, type Fact } from '../../src/progress/facts';
import type { ActorReport, Notice } from '../../src/machines/protocol';
import { learnerDbName } from '../../src/services/progress/db-name';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import type { FakeLms } from './fake-lms';

/** One browser profile's IndexedDB, in memory: database name → store. Shared across launches. */
export type Device = Map<string, RecordingStore>;

/**
 * One database of the device's IndexedDB, held in memory (so it reports itself as IndexedDB), that
 * also lists every fact the journal wrote to it, in order.
 */
export class RecordingStore extends MemoryProgressStore {
  override readonly kind = 'indexeddb';
  readonly written: Fact[] = [];
  override async put(courseId: string, version: string, facts: Fact[]) {
    this.written.push(...facts);
    return super.put(courseId, version, facts);
  }
}

/**
 * The real composition root (src/app/compose.ts: the same LMS lifecycle, learner-scoped journal
 * and merge as the browser) wired to a fake LMS and an in-memory device, with a script-like
 * learner on top: what the UI would send, without the UI.
 */
export async function launchPlayer(
  outline: CourseOutline,
  lms: FakeLms,
  track: TrackId,
  opts: {
    local?: Fact[];
    device?: Device;
    retryDelays?: number[];
    lateApiDelays?: number[];
    clock?: { now: number };
  } = {},
) {
  const clock = opts.clock ?? { now: Date.UTC(2026, 4, 4, 9, 0, 0) };
  const device: Device = opts.device ?? new Map();
  const storeNamed = (name: string) => {
    if (!device.has(name)) device.set(name, new RecordingStore());
    return device.get(name)!;
  };
  const learnerId = lms.value(lms.version === 'scorm12' ? 'cmi.core.student_id' : 'cmi.learner_id');
  if (opts.local?.length) await storeNamed(learnerDbName(learnerId)).put(outline.id, outline.version, opts.local);
  const composition = await compose(
    outline,
    { lms: lms.version, track },
    {
      window: lms.window,
      openStore: async (name) => storeNamed(name),
      now: () => clock.now,
      scorm: {
        ...(opts.retryDelays ? { retryDelays: opts.retryDelays } : {}),
        ...(opts.lateApiDelays ? { lateApiDelays: opts.lateApiDelays } : {}),
      },
    },
  );
  // What the `lms` actor reported when the session opened: the learner and what the LMS remembered.
  const conn = { learnerId: '', resume: { facts: [] as Fact[], notices: [] as Notice[] } };
  const actor = createActor(composition.machine, {
    input: { outline, lockedTrack: track },
    inspect: (e) => {
      if (e.type !== '@xstate.event' || e.event.type !== 'lms.opened') return;
      const opened = e.event as Extract<ActorReport, { type: 'lms.opened' }>;
      Object.assign(conn, { learnerId: opened.learnerId, resume: { facts: opened.facts, notices: opened.notices } });
    },
  });
  actor.start();
  while (actor.getSnapshot().matches('loading')) await new Promise((r) => setTimeout(r, 0));
  const ctx = () => actor.getSnapshot().context;
  const send = actor.send.bind(actor);
  const lesson = () => findLesson(outline, ctx().lessonId!)!;
  const journalStore = () => (composition.store instanceof RecordingStore ? composition.store : null);

  return {
    conn,
    actor,
    ctx,
    send,
    device,
    /** Every fact the journal wrote to this learner's database, in order. */
    get journal(): Fact[] {
      return journalStore()?.written ?? [...device.values()].flatMap((s) => s.written);
    },
    /** What this learner's database holds now, merged per fact. */
    async stored(): Promise<Fact[]> {
      const s = device.get(learnerDbName(conn.learnerId));
      return s ? Object.values(applyFacts({}, (await s.load(outline.id)).facts)) : [];
    },
    lesson,
    /** Resolves once the journal has acknowledged every write (« Enregistré » would show). */
    async settle() {
      for (let i = 0; i < 100 && ctx().save === 'saving'; i++) await new Promise((r) => setTimeout(r, 0));
    },
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
    /**
     * Takes the final assessment on its lesson: starts an attempt unless one is under way,
     * answers the drawn questions still unanswered (right where `right(i)` says so; `stopAt`
     * leaves the rest unanswered), then submits unless stopped, and reads the lesson to its end.
     */
    async takeAssessment(bank: readonly BankEntry[], right: (i: number) => boolean, stopAt?: number) {
      const a = outline.assessment!;
      send({ type: 'nav.goTo', lessonId: a.lessonId });
      send({ type: 'assessment.start' });
      const attempt = currentAttempt(a, ctx().progress)!;
      drawAttempt(bank, a, attempt.seed).forEach((d, i) => {
        if ((stopAt !== undefined && i >= stopAt) || currentAttempt(a, ctx().progress)!.answers[i]) return;
        this.tick(20);
        const good = rightResponse(d.question);
        send({ type: 'assessment.answer', position: i, response: right(i) ? good : wrongResponse(d.question, good) });
      });
      if (stopAt !== undefined) return;
      send({ type: 'assessment.submit' });
      // Scoring waits for the bank's chunk, which the first time is a module to load.
      for (let i = 0; i < 500 && !currentAttempt(a, ctx().progress)?.submitted; i++)
        await new Promise((r) => setTimeout(r, 10));
      if (!currentAttempt(a, ctx().progress)?.submitted) throw new Error('the attempt was not scored');
      send({ type: 'lesson.viewedEnd' });
    },
    next: () => send({ type: 'nav.next' }),
    pause: () => send({ type: 'session.pause' }),
    quit: () => send({ type: 'session.quit' }),
  };
}

export type Player = Awaited<ReturnType<typeof launchPlayer>>;

/** A wrong answer to a bank question, in the response form (see AttemptAnswer). */
export function wrongResponse(q: BankEntry, good = rightResponse(q)): number[] {
  if (q.kind === 'ordering') return [...good].reverse();
  if (q.kind === 'matching') return good.map((t) => (t === 0 ? 1 : 0));
  return [good[0] === 0 ? 1 : 0];
}

/** A real wrong option of the question (suspend_data only keeps options the question has). */
export function wrongChoice(q: QuestionOutline): string[] {
  const wrong = q.options.find((id) => !q.correct.includes(id));
  if (!wrong) throw new Error(`${q.id} has no wrong option`);
  return [wrong];
}
