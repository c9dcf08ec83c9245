import { fromCallback } from 'xstate';
import type { JournalCommand, Notice } from '../../machines/protocol';
import type { Fact } from '../../progress/facts';
import { StorageError, type ProgressStore } from './port';

/** Facts kept for a retry while storage refuses them; beyond this the oldest are dropped from the retry queue (they stay in memory). */
const MAX_PENDING = 5000;

/**
 * The `journal` actor: writes facts in order, one transaction at a time, and reports
 * `journal.saved` only once every fact it was given is durable. When storage fails (quota,
 * blocked) it keeps the facts queued, tells the machine once per kind of fault, and retries them
 * with the next write.
 */
export function journalActor(store: ProgressStore, courseVersion: string) {
  return fromCallback<JournalCommand, { courseId: string }>(({ receive, sendBack, input }) => {
    let pending: Fact[] = [];
    let chain = Promise.resolve();
    const told = new Set<Notice>();
    const degrade = (notice: Notice) => {
      if (told.has(notice)) return;
      told.add(notice);
      sendBack({ type: 'journal.degraded', notice });
    };
    // A store that lives in this page is never durable: the UI must not say « Enregistré ».
    if (store.kind === 'memory') degrade('storage-unavailable');
    receive((cmd) => {
      pending.push(...cmd.facts);
      if (pending.length > MAX_PENDING) pending = pending.slice(-MAX_PENDING);
      chain = chain.then(async () => {
        if (pending.length === 0) return;
        const batch = pending;
        // Facts that arrive during the write go to a new queue, so none is dropped or written twice.
        pending = [];
        try {
          await store.put(input.courseId, courseVersion, batch);
        } catch (e) {
          pending = [...batch, ...pending].slice(-MAX_PENDING);
          degrade(e instanceof StorageError && e.reason === 'quota' ? 'storage-quota' : 'storage-unavailable');
          return;
        }
        // « Enregistré » means everything so far: stay silent while later facts still wait their turn.
        if (pending.length === 0)
          sendBack({ type: 'journal.saved', count: batch.length, durable: store.kind !== 'memory' });
      });
    });
    const stop = store.watch(input.courseId, (facts) => sendBack({ type: 'remote.facts', facts }));
    return stop;
  });
}
