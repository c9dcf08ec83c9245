import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/progress/facts';
import { openProgressDb } from '../../src/services/progress/db';
import { DexieProgressStore, toStorageError } from '../../src/services/progress/dexie-store';
import { LazyIndexedDbStore } from '../../src/services/progress/lazy-store';

let n = 0;
const freshName = () => `test-progress-${++n}-${Math.random().toString(36).slice(2)}`;
const C = 'course';
const lesson = (status: 'visited' | 'viewed' | 'completed', seconds: number, at: number): Fact => ({
  kind: 'lesson',
  key: 'l1',
  at,
  value: { status, seconds },
});
const answer = (choice: string, at: number): Fact => ({
  kind: 'answer',
  key: 'q1',
  at,
  value: { choice: [choice], correct: choice === 'a', attempts: 1 },
});

describe('Dexie progress store', () => {
  it('merges each write with what another tab stored, fact by fact', async () => {
    const name = freshName();
    const tabA = await DexieProgressStore.open(name);
    const tabB = await DexieProgressStore.open(name);
    await tabA.put(C, '1.0.0', [lesson('completed', 10, 5), answer('a', 20)]);
    // Tab B still believed the lesson was only visited, and answered earlier than tab A.
    await tabB.put(C, '1.0.0', [lesson('visited', 40, 30), answer('b', 10)]);
    const { facts, corrupt } = await tabA.load(C);
    expect(corrupt).toBe(0);
    expect(facts).toContainEqual(lesson('completed', 40, 30));
    expect(facts).toContainEqual(answer('a', 20));
  });

  it('keeps courses apart and loads facts written by an older course version', async () => {
    const store = await DexieProgressStore.open(freshName());
    await store.put(C, '0.9.0', [answer('a', 1)]);
    await store.put('other', '1.0.0', [answer('b', 1)]);
    expect((await store.load(C)).facts).toEqual([answer('a', 1)]);
  });

  it('moves corrupt or unknown records to quarantine and never returns them', async () => {
    const name = freshName();
    const store = await DexieProgressStore.open(name);
    await store.put(C, '1.0.0', [answer('a', 1)]);
    const db = openProgressDb(name);
    await db.facts.bulkPut([
      { courseId: C, id: 'lesson:x', courseVersion: '1.0.0', fact: 'garbage' },
      {
        courseId: C,
        id: 'lesson:y',
        courseVersion: '9.0.0',
        fact: { v: 9, kind: 'lesson', key: 'y', at: 1, value: { status: 'mastered', seconds: 1 } },
      },
      { courseId: C, id: 'answer:zz', courseVersion: '1.0.0', fact: answer('a', 1) },
    ]);
    const loaded = await store.load(C);
    expect(loaded).toEqual({ facts: [answer('a', 1)], corrupt: 3 });
    const kept = await db.quarantine.toArray();
    expect(kept.map((q) => (q.raw as { id: string }).id).sort()).toEqual(['answer:zz', 'lesson:x', 'lesson:y']);
    expect(kept.every((q) => q.courseId === C && q.reason === 'invalid fact')).toBe(true);
    expect(await db.facts.count()).toBe(1);
    expect((await store.load(C)).corrupt).toBe(0);
    db.close();
  });

  it('the bare first read counts corrupt records too, and has Dexie set them aside', async () => {
    // LazyIndexedDbStore reads the app's own database name.
    const seed = await DexieProgressStore.open();
    await seed.put(C, '1.0.0', [answer('a', 2)]);
    const db = openProgressDb();
    await db.facts.put({
      courseId: C,
      id: 'answer:q1x',
      courseVersion: '1.0.0',
      fact: { kind: 'answer', key: 'q1x', at: -1, value: {} },
    });
    const lazy = await LazyIndexedDbStore.open();
    expect(await lazy.load(C)).toEqual({ facts: [answer('a', 2)], corrupt: 1 });
    await expect.poll(() => db.quarantine.count()).toBe(1);
    db.close();
  });

  it('names a full disk « quota » and anything else « unavailable »', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).reason).toBe('quota');
    expect(toStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).reason).toBe('quota');
    expect(toStorageError(new DOMException('denied', 'SecurityError')).reason).toBe('unavailable');
  });
});

describe('quarantine under concurrent loads', () => {
  it('sets each unreadable record aside once, even when two loads race', async () => {
    const name = freshName();
    const db = openProgressDb(name);
    await db.facts.bulkPut([
      { courseId: C, id: 'answer:q1', courseVersion: '1.0.0', fact: { kind: 'answer', key: 'q1' } },
      { courseId: C, id: 'lesson:zz', courseVersion: '1.0.0', fact: 'garbage' },
    ]);
    db.close();
    const store = await DexieProgressStore.open(name);
    const [a, b] = await Promise.all([store.load(C), store.load(C)]);
    expect(a.corrupt + b.corrupt).toBeGreaterThanOrEqual(2);
    const check = openProgressDb(name);
    expect((await check.quarantine.toArray()).map((q) => (q.raw as { id: string }).id).sort()).toEqual([
      'answer:q1',
      'lesson:zz',
    ]);
    expect(await check.facts.count()).toBe(0);
    check.close();
  });
});
