import { fromCallback } from 'xstate';
import type { JournalCommand, Notice } from '../../machines/protocol';
import type { Fact } from '../../progress/facts';
import { StorageError, type ProgressStore } from './port';

/**
 * Whose journal it is, inside an LMS (the composition root's side of `journal.learner`): `bind`
 * points the journal's store at the named learner's own database (`''`: the LMS names nobody, so
 * memory only; `null`: no LMS will answer, so waiting writes fail) and resolves with the notices
 * opening it raised (IndexedDB unusable).
 */
export interface LearnerJournal {
  bind(learnerId: string | null): Promise<Notice[]>;
}

/** Facts kept for a retry while storage refuses them; beyond this the oldest are dropped from the retry queue (they stay in memory). */
const MAX_PENDING = 5000;

function noticeFor(e: unknown): Notice {
  if (!(e instanceof StorageError)) return 'storage-unavailable';
  return e.reason === 'quota' ? 'storage-quota' : e.reason === 'no-learner' ? 'lms-missing' : 'storage-unavailable';
}

/**
 * The `journal` actor: starts each write at once and reports `journal.saved` only once every
 * fact it was given is durable. Writes are not chained behind each other: the one sent from
 * `pagehide` must open its IndexedDB transaction before the page is gone (text typed just before
 * closing was lost while it waited its turn, issue 8 item 1). IndexedDB runs read-write
 * transactions on one store in the order they were created, so order still holds. When storage
 * fails (quota, blocked) the refused facts are kept, the machine is told once per kind of fault,
 * and they are retried with the next write. Inside an LMS, `learner` binds the journal to the
 * learner the LMS names (`journal.learner`); what this device kept for a learner named after the
 * start is handed back to the player (`remote.facts`, to be sent to the LMS).
 */
export function journalActor(store: ProgressStore, courseVersion: string, learner?: LearnerJournal) {
  return fromCallback<JournalCommand, { courseId: string }>(({ receive, sendBack, input }) => {
    let refused: Fact[] = [];
    let inFlight = 0;
    // Only a learner's write makes « Enregistré » appear; the launch's write of LMS facts stays quiet.
    let asked = false;
    const told = new Set<Notice>();
    const degrade = (notice: Notice) => {
      if (told.has(notice)) return;
      told.add(notice);
      sendBack({ type: 'journal.degraded', notice });
    };
    // A store that lives in this page is never durable: the UI must not say « Enregistré ».
    if (store.kind === 'memory') degrade('storage-unavailable');
    const write = (facts: readonly Fact[]) => {
      const batch = [...refused, ...facts];
      refused = [];
      if (batch.length === 0) return;
      inFlight += 1;
      store.put(input.courseId, courseVersion, batch).then(
        () => {
          inFlight -= 1;
          // « Enregistré » means everything so far: stay silent while other writes are under way.
          if (asked && inFlight === 0 && refused.length === 0)
            sendBack({ type: 'journal.saved', count: batch.length, durable: store.kind !== 'memory' });
        },
        (e: unknown) => {
          inFlight -= 1;
          refused = [...batch, ...refused].slice(-MAX_PENDING);
          degrade(noticeFor(e));
        },
      );
    };
    receive((cmd) => {
      if (cmd.type === 'journal.write') {
        if (!cmd.quiet) asked = true;
        return write(cmd.facts);
      }
      if (!learner) return;
      // At launch the player reads the bound store itself; later, the device's facts come back here.
      const { handBack } = cmd;
      learner
        .bind(cmd.learnerId)
        .then(async (notices) => {
          notices.forEach(degrade);
          if (!handBack || cmd.learnerId === null) return;
          const { facts } = await store.load(input.courseId);
          if (facts.length) sendBack({ type: 'remote.facts', facts, sync: true });
        })
        .catch(() => degrade('storage-unavailable'));
    });
    const stop = store.watch(input.courseId, (facts) => sendBack({ type: 'remote.facts', facts }));
    return stop;
  });
}
