import { createActor, fromCallback, fromPromise } from 'xstate';
import type { BankEntry, CourseOutline } from '../../src/content/model';
import { assessmentMachine } from '../../src/machines/assessment.machine';
import { createPlayerMachine } from '../../src/machines/player.machine';
import type { JournalCommand, LmsCommand, LoadedProgress } from '../../src/machines/protocol';
import type { LmsSessionInput } from '../../src/machines/lms-session';
import type { Fact } from '../../src/progress/facts';

/** A player actor wired to fake actors that record what the machine asks of the outside. */
export function startPlayer(
  outline: CourseOutline,
  opts: {
    facts?: Fact[];
    initialLessonId?: string;
    failLoad?: boolean;
    learnerKey?: string;
    /** The assessment's bank, as the lazily loaded chunk would give it (rejects when absent). */
    bank?: readonly BankEntry[] | (() => Promise<readonly BankEntry[]>);
  } = {},
) {
  const written: Fact[] = [];
  const lms: LmsCommand[] = [];
  let clock = 1_000_000;
  // The machine reads this clock; `tick` moves it, so time spent is exact in every test.
  const machine = createPlayerMachine(() => clock).provide({
    actors: {
      loadProgress: fromPromise<LoadedProgress, LmsSessionInput>(async () => {
        if (opts.failLoad) throw new Error('disk on fire');
        return { facts: opts.facts ?? [], notices: [], learnerKey: opts.learnerKey ?? 'local', keep: [] };
      }),
      journal: fromCallback<JournalCommand, { courseId: string }>(({ receive, sendBack }) => {
        receive((e) => {
          if (e.type !== 'journal.write') return;
          written.push(...e.facts);
          sendBack({ type: 'journal.saved', count: e.facts.length, durable: true });
        });
      }),
      // An LMS that only listens: its first word (`none`) lets the player read progress.
      lms: fromCallback<LmsCommand, { courseId: string }>(({ receive, sendBack }) => {
        sendBack({ type: 'lms.status', status: 'none' });
        receive((e) => lms.push(e));
      }),
      assessment: assessmentMachine.provide({
        actors: {
          loadBank: fromPromise(async () => {
            if (typeof opts.bank === 'function') return opts.bank();
            if (!opts.bank) throw new Error('no bank in this test');
            return opts.bank;
          }),
        },
      }),
    },
  });
  const actor = createActor(machine, {
    input: { outline, initialLessonId: opts.initialLessonId ?? null },
  });
  actor.start();
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => (actor.getSnapshot().matches('loading') ? setTimeout(check, 0) : resolve());
      check();
    });
  return {
    actor,
    written,
    lms,
    settled,
    /** Resolves once pending actor work (the bank's loading for a submission) is done. */
    flush: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    tick: (seconds: number) => {
      clock += seconds * 1000;
    },
    send: actor.send.bind(actor),
    snap: () => actor.getSnapshot(),
  };
}
