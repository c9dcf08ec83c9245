import { afterEach, describe, expect, it } from 'vitest';
import type { Fact } from '../../src/progress/facts';
import { openProgressDb } from '../../src/services/progress/db';
import { LazyIndexedDbStore } from '../../src/services/progress/lazy-store';
import { dropAllUnsaved, holdUnsaved, readUnsaved } from '../../src/services/progress/unsaved-facts';

/**
 * A page that closes right after sending a write can die between the transaction's read and its
 * write (issue 8, item 1, seen under load in e2e). The held copy in localStorage is what survives.
 */
let n = 0;
const freshName = () => `test-unsaved-${++n}-${Math.random().toString(36).slice(2)}`;
const C = 'course';
const reflection = (text: string, at: number): Fact => ({ kind: 'reflection', key: 'r1', at, value: { text } });

afterEach(() => localStorage.clear());

describe('facts held while IndexedDB has not committed them', () => {
  it('are folded into the next load when the page died before the write, then written and dropped', async () => {
    const name = freshName();
    // What a dying put leaves behind: the held copy, and nothing in IndexedDB.
    holdUnsaved(name, C, [reflection('Brouillon tapé avant de fermer', 5)]);
    const store = await LazyIndexedDbStore.open(name);
    expect((await store.load(C)).facts).toEqual([reflection('Brouillon tapé avant de fermer', 5)]);
    const db = openProgressDb(name);
    await expect.poll(() => db.facts.count()).toBe(1);
    await expect.poll(() => readUnsaved(name, C).keys.length).toBe(0);
    db.close();
  });

  it('merge with stored facts per fact, the later one winning', async () => {
    const name = freshName();
    const store = await LazyIndexedDbStore.open(name);
    await store.put(C, '1.0.0', [reflection('ancien', 1)]);
    holdUnsaved(name, C, [reflection('nouveau', 9)]);
    const fresh = await LazyIndexedDbStore.open(name);
    expect((await fresh.load(C)).facts).toEqual([reflection('nouveau', 9)]);
  });

  it('are released once a put has committed, so nothing is left behind', async () => {
    const name = freshName();
    const store = await LazyIndexedDbStore.open(name);
    const writing = store.put(C, '1.0.0', [reflection('texte', 3)]);
    // Held synchronously, before any await: this is what a closing page relies on.
    expect(readUnsaved(name, C).facts).toEqual([reflection('texte', 3)]);
    await writing;
    expect(readUnsaved(name, C).keys).toEqual([]);
  });

  it("never show one learner's held facts to another learner's database", async () => {
    const a = freshName();
    const b = freshName();
    holdUnsaved(a, C, [reflection('texte de A', 2)]);
    const storeB = await LazyIndexedDbStore.open(b);
    expect((await storeB.load(C)).facts).toEqual([]);
    expect(readUnsaved(a, C).facts).toEqual([reflection('texte de A', 2)]);
  });

  it('drop what does not read back as a fact (tampered or foreign values)', () => {
    const name = freshName();
    localStorage.setItem(`${name}:unsaved:${C}:x1`, '{not json');
    localStorage.setItem(`${name}:unsaved:${C}:x2`, JSON.stringify([{ kind: 'reflection', key: 'r1', at: 'soon' }]));
    localStorage.setItem(`${name}:unsaved:${C}:x3`, JSON.stringify([reflection('ok', 1), '<img onerror=x>']));
    expect(readUnsaved(name, C)).toEqual({
      facts: [reflection('ok', 1)],
      keys: expect.arrayContaining([`${name}:unsaved:${C}:x1`, `${name}:unsaved:${C}:x2`, `${name}:unsaved:${C}:x3`]),
    });
  });

  it("are all dropped for one learner's database by dropAllUnsaved, every course, others' kept", () => {
    const a = freshName();
    const b = freshName();
    holdUnsaved(a, C, [reflection('A, cours 1', 1)]);
    holdUnsaved(a, 'autre-cours', [reflection('A, cours 2', 2)]);
    holdUnsaved(b, C, [reflection('texte de B', 3)]);
    localStorage.setItem('alliances-territoires:theme', 'dark');
    dropAllUnsaved(a);
    expect(readUnsaved(a, C).keys).toEqual([]);
    expect(readUnsaved(a, 'autre-cours').keys).toEqual([]);
    expect(readUnsaved(b, C).facts).toEqual([reflection('texte de B', 3)]);
    expect(localStorage.getItem('alliances-territoires:theme')).toBe('dark');
  });

  it('are erased with the database by ProgressStore.erase, so the next load finds nothing', async () => {
    const name = freshName();
    holdUnsaved(name, C, [reflection('brouillon sur un poste partagé', 4)]);
    const store = await LazyIndexedDbStore.open(name);
    await store.erase();
    expect(readUnsaved(name, C).keys).toEqual([]);
    const fresh = await LazyIndexedDbStore.open(name);
    expect((await fresh.load(C)).facts).toEqual([]);
  });
});
