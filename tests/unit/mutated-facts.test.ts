import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { mutatedFacts } from '../../src/services/progress/mutated-facts';

const C = 'course';

describe("reading Dexie's storagemutated parts", () => {
  const parts = (tree: unknown) => ({ 'idb://db/facts/': tree });
  it("keeps this course's fact ids, skips other courses, tables and databases", () => {
    const keys = new RangeSet().addKeys([
      [C, 'answer:q1'],
      ['other', 'answer:q1'],
      [C, 'lesson:l1'],
    ]);
    expect(mutatedFacts(parts(structuredClone(keys)), 'db', C)).toEqual({
      ids: expect.arrayContaining(['answer:q1', 'lesson:l1']) as string[],
      all: false,
    });
    expect(mutatedFacts(parts(keys), 'db', 'third')).toBeNull();
    expect(mutatedFacts({ 'idb://db/quarantine/': keys, 'idb://other/facts/': keys }, 'db', C)).toBeNull();
  });
  it('asks for a whole read on a range, on `all`, and on a node it cannot read', () => {
    expect(mutatedFacts(parts(new RangeSet(-Infinity, [[]])), 'db', C)).toEqual({ ids: [], all: true });
    expect(mutatedFacts({ all: new RangeSet(-Infinity, [[]]) }, 'db', C)).toEqual({ ids: [], all: true });
    expect(mutatedFacts(parts({ from: [C, 1], to: [C, 1], d: 1 }), 'db', C)?.all).toBe(true);
  });
  it('ignores what is not a tree, and an empty set', () => {
    for (const junk of ['<script>', null, 42, parts('x'), parts(new RangeSet())])
      expect(mutatedFacts(junk, 'db', C)).toBeNull();
  });
});
