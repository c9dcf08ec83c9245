import { createActor, fromCallback } from 'xstate';
import { describe, expect, it } from 'vitest';
import { providePlayer } from '../../src/app/compose';
import { factId, type Fact } from '../../src/progress/facts';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import { StorageError, type ProgressStore } from '../../src/services/progress/port';
import { miniCourse } from '../helpers/mini-course';

const { outline } = miniCourse();

/** A store whose writes finish only when the test says so, recording what each write carried. */
function gatedStore(kind: ProgressStore['kind'] = 'indexeddb') {
  const writes: { facts: Fact[]; settle: (error?: Error) => void }[] = [];
  let onWatch: (facts: Fact[]) => void = () => {};
  const store: ProgressStore = {
    kind,
    load: async () => ({ facts: [], corrupt: 0 }),
    put: (_c, _v, facts) =>
      new Promise<void>((ok, fail) => writes.push({ facts: [...facts], settle: (e) => (e ? fail(e) : ok()) })),
    erase: async () => {},
    watch: (_c, cb) => {
      onWatch = cb;
      return () => {};
    },
  };
  return { store, writes, remote: (facts: Fact[]) => onWatch(facts) };
}

async function started(store: ProgressStore) {
  const actor = createActor(providePlayer(outline, store), { input: { outline } });
  actor.start();
  await expect.poll(() => actor.getSnapshot().matches('ready')).toBe(true);
  return actor;
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const written = (w: { facts: Fact[] }[]) => w.flatMap((x) => x.facts.map(factId));

describe('journal: « Enregistré » only once every fact is durable', () => {
  it('stays « saving » while a later write is still queued, and loses none of the facts sent meanwhile', async () => {
    const { store, writes } = gatedStore();
    const player = await started(store);
    player.send({ type: 'track.select', track: '2h' });
    await flush();
    expect(writes).toHaveLength(1);
    // A second action while the first transaction is still open.
    player.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['a'] });
    expect(player.getSnapshot().context.save).toBe('saving');

    writes[0]!.settle();
    await flush();
    expect(player.getSnapshot().context.save).toBe('saving');
    expect(writes).toHaveLength(2);
    expect(written(writes.slice(1))).toContain('answer:s1-q1');

    writes[1]!.settle();
    await expect.poll(() => player.getSnapshot().context.save).toBe('saved');
    expect(new Set(written(writes))).toEqual(new Set(Object.keys(player.getSnapshot().context.progress)));
  });

  it('on a quota error says so once, never « saved », and retries the refused facts with the next write', async () => {
    const { store, writes } = gatedStore();
    const player = await started(store);
    player.send({ type: 'track.select', track: '2h' });
    await flush();
    writes[0]!.settle(new StorageError('quota', 'full'));
    await expect.poll(() => player.getSnapshot().context.save).toBe('memory-only');
    expect(player.getSnapshot().context.notices).toEqual(['storage-quota']);

    player.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['b'] });
    await flush();
    expect(writes).toHaveLength(2);
    expect(written(writes.slice(1))).toEqual(expect.arrayContaining([...written(writes.slice(0, 1)), 'answer:s1-q1']));
    writes[1]!.settle(new StorageError('quota', 'full'));
    await flush();
    expect(player.getSnapshot().context.notices).toEqual(['storage-quota']);
    expect(player.getSnapshot().context.save).toBe('memory-only');
  });

  it('never says « Enregistré » when progress only lives in the page', async () => {
    const player = await started(new MemoryProgressStore());
    player.send({ type: 'track.select', track: '2h' });
    await flush();
    expect(player.getSnapshot().context.save).toBe('memory-only');
    expect(player.getSnapshot().context.notices).toContain('storage-unavailable');
  });

  it('hands facts written by another tab to the machine', async () => {
    const { store, remote } = gatedStore();
    const player = await started(store);
    remote([{ kind: 'answer', key: 's1-q1', at: 5, value: { choice: ['a'], correct: true, attempts: 1 } }]);
    expect(player.getSnapshot().context.progress['answer:s1-q1']).toMatchObject({ value: { correct: true } });
  });
});

describe('journal: what the LMS remembers at launch', () => {
  const lmsFacts: Fact[] = [{ kind: 'bookmark', key: 'bookmark', at: 5, value: 's1-a' }];
  // An LMS whose session opens at launch, naming learner p1 and remembering a bookmark.
  const lms = {
    lms: fromCallback(({ sendBack }) => {
      sendBack({ type: 'lms.opened', learnerId: 'p1', facts: lmsFacts, notices: [] });
      return () => {};
    }),
    learner: { bind: async () => [] },
  };

  it('is written by the journal, and a refused write is told as a notice, not swallowed', async () => {
    const { store, writes } = gatedStore();
    const actor = createActor(providePlayer(outline, store, lms), { input: { outline } });
    actor.start();
    await expect.poll(() => writes.length).toBe(1);
    expect(written(writes)).toEqual(['bookmark:bookmark']);
    writes[0]!.settle(new StorageError('quota', 'full'));
    await expect.poll(() => actor.getSnapshot().context.notices).toContain('storage-quota');
    // The learner's work is kept: the refused facts go again with the next write.
    actor.send({ type: 'track.select', track: '2h' });
    await flush();
    expect(written(writes.slice(1))).toContain('bookmark:bookmark');
  });

  it('does not say « Enregistré » on its own: only the learner’s writes do', async () => {
    const { store, writes } = gatedStore();
    const actor = createActor(providePlayer(outline, store, lms), { input: { outline } });
    actor.start();
    await expect.poll(() => writes.length).toBe(1);
    writes[0]!.settle();
    await flush();
    expect(actor.getSnapshot().context.save).toBe('idle');
  });
});
