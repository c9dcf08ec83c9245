import { describe, expect, it } from 'vitest';
import { hashSeed, rng, seededShuffle } from '../../src/lib/seeded-random';
import { rng as stressRng } from '../stress/rng';

describe('seeded randomness', () => {
  it('is the one generator the stress trials use too', () => {
    expect(stressRng).toBe(rng);
  });

  it('replays the same sequence from the same seed, and another from another seed', () => {
    const a = rng(42);
    const b = rng(42);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    const c = rng(43);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('hashes strings that differ by one character to distinct, spread seeds', () => {
    const seeds = Array.from({ length: 1000 }, (_, i) => hashSeed(`learner-${i}\u0000q1`));
    expect(new Set(seeds).size).toBe(1000);
    expect(hashSeed('learner-1\u0000q1')).toBe(hashSeed('learner-1\u0000q1'));
    // High bits are used too, not only the low ones: about half the seeds are ≥ 2^31.
    const high = seeds.filter((s) => s >= 2 ** 31).length;
    expect(high).toBeGreaterThan(400);
    expect(high).toBeLessThan(600);
  });

  it('shuffles into a permutation, leaving the input as it was', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const out = seededShuffle(items, 7);
    expect([...out].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(seededShuffle(items, 7)).toEqual(out);
  });

  it('gives each of the 6 orders of 3 options about as often over 6 000 learners', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const order = seededShuffle(['a', 'b', 'c'], hashSeed(`learner-${i}\u0000s1-q1`)).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const [order, n] of counts) expect(n, order).toBeGreaterThan(850);
    for (const [order, n] of counts) expect(n, order).toBeLessThan(1150);
  });
});
