import { RangeSet, type DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/progress/facts';
import { openProgressDb } from '../../src/services/progress/db';
import { DexieProgressStore } from '../../src/services/progress/dexie-store';

/**
 * The cross-tab watch rides on Dexie's `storagemutated` event. In one Node process every Dexie
 * connection shares that event, so two stores on one fake-indexeddb database are two tabs as
 * Dexie sees them, minus the BroadcastChannel hop; that hop is driven below by posting on Dexie's
 * own channel what another tab's Dexie posts (and the e2e tabs-sync test runs it for real).
 */
let n = 0;
const freshName = () => `watch-${++n}-${Math.random().toString(36).slice(2)}`;
const C = 'course';
const answer = (key: string, at: number, choice = 'a'): Fact => ({
  kind: 'answer',
  key,
  at,
  value: { choice: [choice], correct: choice === 'a', attempts: 1 },
});
const lesson = (status: 'visited' | 'completed', seconds: number, at: number): Fact => ({
  kind: 'lesson',
  key: 'l1',
  at,
  value: { status, seconds },
});
const reflection = (text: string, at: number): Fact => ({ kind: 'reflection', key: 'r1', at, value: { text } });

/** A store whose database counts the course reads (`query`) and the keys read one by one. */
async function countingStore(name: string) {
  const reads = { queries: 0, keys: 0 };
  const db = openProgressDb(name);
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        if (tableName !== 'facts') return table;
        return {
          ...table,
          query: (req) => ((reads.queries += 1), table.query(req)),
          getMany: (req) => ((reads.keys += req.keys.length), table.getMany(req)),
        };
      },
    }),
  });
  await db.open();
  return { store: new DexieProgressStore(db), reads };
}

describe('the cross-tab watch (Dexie storagemutated)', () => {
  it('hears what another connection commits, and never forwards an invalid record', async () => {
    const name = freshName();
    const writer = await DexieProgressStore.open(name);
    const reader = await DexieProgressStore.open(name);
    const heard: Fact[][] = [];
    const stop = reader.watch(C, (f) => heard.push(f));
    await writer.put(C, '1.0.0', [answer('q1', 3)]);
    await expect.poll(() => heard).toEqual([[answer('q1', 3)]]);
    // Written past the store's validation, as a buggy or hostile page of the origin could.
    const raw = openProgressDb(name);
    await raw.facts.put({ courseId: C, id: 'answer:q2', courseVersion: '1.0.0', fact: { kind: 'answer', key: 'q2' } });
    await raw.facts.put({ courseId: C, id: 'answer:q9', courseVersion: '1.0.0', fact: answer('q3', 4) });
    // Events are read in commit order: once the next valid write is heard, the bad ones were read.
    await writer.put(C, '1.0.0', [answer('q4', 5)]);
    await expect.poll(() => heard.length).toBe(2);
    expect(heard[1]).toEqual([answer('q4', 5)]);
    stop();
    raw.close();
  });

  it("hears a write another tab announces on Dexie's BroadcastChannel", async () => {
    const name = freshName();
    const reader = await DexieProgressStore.open(name);
    const heard: Fact[][] = [];
    reader.watch(C, (f) => heard.push(f));
    // Once a write is heard, the watch's first read (which would see anything) is behind it.
    await (await DexieProgressStore.open(name)).put(C, '1.0.0', [answer('near', 5)]);
    await expect.poll(() => heard).toEqual([[answer('near', 5)]]);
    // Another tab's write, which this page's Dexie did not see: bare IndexedDB, then the message
    // Dexie posts after a commit (its channel name is Dexie's, `x-storagemutated-1`).
    await new Promise<void>((done, fail) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => {
        const tx = open.result.transaction('facts', 'readwrite');
        tx.objectStore('facts').put({ courseId: C, id: 'answer:far', courseVersion: '1.0.0', fact: answer('far', 6) });
        tx.oncomplete = () => (open.result.close(), done());
        tx.onerror = () => fail(tx.error);
      };
    });
    const dexieChannel = new BroadcastChannel('x-storagemutated-1');
    // A hostile page of the origin can post there too: what is not a tree is ignored.
    dexieChannel.postMessage('<script>');
    dexieChannel.postMessage({ [`idb://${name}/facts/`]: '<script>' });
    dexieChannel.postMessage({ [`idb://${name}/facts/`]: new RangeSet().addKeys([[C, 'answer:far']]) });
    await expect.poll(() => heard).toEqual([[answer('near', 5)], [answer('far', 6)]]);
    dexieChannel.close();
  });

  it("costs this tab's own saves one keyed read each, no course read, and no remote.facts", async () => {
    const name = freshName();
    // A course of 300 facts already on disk, which this tab loads.
    const seed = await DexieProgressStore.open(name);
    await seed.put(
      C,
      '1.0.0',
      Array.from({ length: 300 }, (_, i) => answer(`q${i}`, 1)),
    );
    const { store: tab, reads } = await countingStore(name);
    expect((await tab.load(C)).facts).toHaveLength(300);
    const heard: Fact[][] = [];
    tab.watch(C, (f) => heard.push(f));
    // A learner typing a reflection: one save per keystroke.
    const saves = 30;
    for (let i = 1; i <= saves; i++) await tab.put(C, '1.0.0', [reflection('x'.repeat(i), 10 + i)]);
    // Another tab's write, heard after every event of this tab's own saves has been read.
    await seed.put(C, '1.0.0', [answer('other-tab', 50)]);
    await expect.poll(() => heard.length).toBe(1);
    expect(heard).toEqual([[answer('other-tab', 50)]]);
    // The load and the watch's catch-up are the only course reads; each save reads its own key
    // to merge, and the watch at most that key again (fewer when saves come in a burst).
    expect(reads.queries).toBe(2);
    expect(reads.keys).toBeLessThanOrEqual(2 * saves + 1);
  });

  it('forwards what another tab added to a fact this tab wrote too', async () => {
    const name = freshName();
    const a = await DexieProgressStore.open(name);
    const b = await DexieProgressStore.open(name);
    const heard: Fact[] = [];
    b.watch(C, (f) => heard.push(...f));
    await b.put(C, '1.0.0', [lesson('visited', 10, 1)]);
    await a.put(C, '1.0.0', [lesson('completed', 40, 2)]);
    // B holds visited/10: the stored merge says more, so B is told, once.
    await expect.poll(() => heard).toEqual([lesson('completed', 40, 2)]);
    // B's next save merges on disk into completed/45, which B's own merge already gives: silence,
    // shown by A's next write arriving alone.
    await b.put(C, '1.0.0', [lesson('visited', 45, 3)]);
    await a.put(C, '1.0.0', [answer('q1', 4)]);
    await expect.poll(() => heard).toEqual([lesson('completed', 40, 2), answer('q1', 4)]);
  });

  it('starts with what other tabs wrote before it listened, not what the page loaded', async () => {
    const name = freshName();
    const other = await DexieProgressStore.open(name);
    await other.put(C, '1.0.0', [answer('q1', 1)]);
    const tab = await DexieProgressStore.open(name);
    expect((await tab.load(C)).facts).toEqual([answer('q1', 1)]);
    await other.put(C, '1.0.0', [answer('q2', 2)]);
    const heard: Fact[][] = [];
    tab.watch(C, (f) => heard.push(f));
    await expect.poll(() => heard).toEqual([[answer('q2', 2)]]);
  });

  it('stops hearing once erased, as once unsubscribed', async () => {
    const name = freshName();
    const tab = await DexieProgressStore.open(name);
    const unsubscribed = await DexieProgressStore.open(name);
    const heard: Fact[] = [];
    tab.watch(C, (f) => heard.push(...f));
    unsubscribed.watch(C, (f) => heard.push(...f))();
    await tab.erase();
    const control: Fact[] = [];
    const other = await DexieProgressStore.open(name);
    (await DexieProgressStore.open(name)).watch(C, (f) => control.push(...f));
    await other.put(C, '1.0.0', [answer('after-erase', 7)]);
    await expect.poll(() => control).toEqual([answer('after-erase', 7)]);
    expect(heard).toEqual([]);
  });
});
