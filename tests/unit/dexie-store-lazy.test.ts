import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Fact } from '../../src/progress/facts';
import { Dexie } from 'dexie';
import { openProgressDb } from '../../src/services/progress/db';
import { DB_VERSION } from '../../src/services/progress/db-name';
import { DexieProgressStore } from '../../src/services/progress/dexie-store';
import { readFactRecords } from '../../src/services/progress/idb-read';
import { LazyIndexedDbStore } from '../../src/services/progress/lazy-store';

const C = 'course';
const answer = (key: string, at: number): Fact => ({
  kind: 'answer',
  key,
  at,
  value: { choice: ['a'], correct: true, attempts: 1 },
});

afterEach(() => vi.unstubAllGlobals());

describe('the lazy IndexedDB store (first read without Dexie, then Dexie)', () => {
  it('misses nothing another tab wrote between its first read and the moment it starts listening', async () => {
    const otherTab = await DexieProgressStore.open();
    await otherTab.put(C, '1.0.0', [answer('before', 1)]);
    // The page defers listening to other tabs until idle: hold that moment back.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));

    const store = await LazyIndexedDbStore.open();
    expect((await store.load(C)).facts).toEqual([answer('before', 1)]);
    const heard: Fact[] = [];
    store.watch(C, (facts) => heard.push(...facts));
    // Written and announced while this tab was not listening yet.
    await otherTab.put(C, '1.0.0', [answer('meanwhile', 2)]);
    expect(idle).toHaveLength(1);
    idle[0]!();
    // Only what the first read did not give the page: not the whole course again.
    await expect.poll(() => heard.map((f) => f.key)).toEqual(['meanwhile']);

    // Once listening, later writes arrive as they happen.
    await otherTab.put(C, '1.0.0', [answer('after', 3)]);
    await expect.poll(() => heard.map((f) => f.key)).toEqual(['meanwhile', 'after']);
  });

  it('stops listening when asked, even before it started', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
    const store = await LazyIndexedDbStore.open();
    const heard: Fact[] = [];
    const stop = store.watch(C, (facts) => heard.push(...facts));
    stop();
    idle[0]!();
    // A tab that listens from now on: once it hears the write, this one would have heard it too.
    const control: Fact[] = [];
    const controlTab = await DexieProgressStore.open();
    await controlTab.load(C);
    controlTab.watch(C, (facts) => control.push(...facts));
    await (await DexieProgressStore.open()).put(C, '1.0.0', [answer('late', 4)]);
    await expect.poll(() => control).toEqual([answer('late', 4)]);
    expect(heard).toEqual([]);
  });

  it('reads through Dexie a database another release wrote at another version', async () => {
    const name = 'progress-written-by-a-newer-release';
    const newer = new Dexie(name);
    newer.version(1).stores({ facts: '[courseId+id], courseId', quarantine: '++seq, courseId' });
    newer.version(2).stores({ facts: '[courseId+id], courseId, courseVersion' });
    await newer.table('facts').put({ courseId: C, id: 'answer:kept', courseVersion: '2.0.0', fact: answer('kept', 5) });
    newer.close();

    expect(await readFactRecords(C, name)).toBeNull();
    const store = await LazyIndexedDbStore.open(name);
    expect(await store.load(C)).toEqual({ facts: [answer('kept', 5)], corrupt: 0 });
  });

  it('knows the layout db.ts declares', () => {
    expect(openProgressDb('layout-check').verno).toBe(DB_VERSION);
  });
});
