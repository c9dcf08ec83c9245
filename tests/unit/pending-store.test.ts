import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/progress/facts';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import { PendingLearnerStore } from '../../src/services/progress/pending-store';
import { StorageError } from '../../src/services/progress/port';

const fact: Fact = { kind: 'bookmark', key: 'bookmark', at: 1, value: 's1-a' };

/** A learner's store that notes, synchronously, each write it is handed. */
class SpyStore extends MemoryProgressStore {
  readonly handed: Fact[][] = [];
  override put(courseId: string, version: string, facts: Fact[]) {
    this.handed.push(facts);
    return super.put(courseId, version, facts);
  }
}

describe('the journal of a learner the LMS names (PendingLearnerStore)', () => {
  it('once bound, hands a write to the learner’s store in the same tick (a pagehide write is not left waiting)', () => {
    const pending = new PendingLearnerStore();
    const own = new SpyStore();
    pending.bind(own);
    void pending.put('c', '1', [fact]);
    expect(own.handed).toEqual([[fact]]);
  });

  it('before binding, keeps writes waiting and hands them over at bind', async () => {
    const pending = new PendingLearnerStore();
    const own = new SpyStore();
    const written = pending.put('c', '1', [fact]);
    expect(own.handed).toEqual([]);
    pending.bind(own);
    await written;
    expect((await own.load('c')).facts).toEqual([fact]);
  });

  it('reads the bound learner’s facts, and reports the bound store’s kind', async () => {
    const pending = new PendingLearnerStore();
    const own = new MemoryProgressStore();
    await own.put('c', '1', [fact]);
    const read = pending.load('c');
    pending.bind(own);
    expect((await read).facts).toEqual([fact]);
    expect(pending.kind).toBe('memory');
  });

  it('fails waiting writes as « no learner » when no LMS will name one', async () => {
    const pending = new PendingLearnerStore();
    const written = pending.put('c', '1', [fact]);
    pending.fail();
    await expect(written).rejects.toBeInstanceOf(StorageError);
    expect(await pending.load('c')).toEqual({ facts: [], corrupt: 0 });
  });
});
