import { describe, expect, it } from 'vitest';
import { applyFacts, mergeFact, type Fact } from '../../src/progress/facts';

const lesson = (status: 'visited' | 'viewed' | 'completed', seconds: number, at: number): Fact => ({
  kind: 'lesson',
  key: 'l1',
  at,
  value: { status, seconds },
});

describe('merging progress facts', () => {
  it('never takes a lesson back from completed, whatever the order', () => {
    const a = lesson('completed', 10, 1);
    const b = lesson('visited', 30, 2);
    expect(mergeFact(a, b)).toEqual(lesson('completed', 30, 2));
    expect(mergeFact(b, a)).toEqual(lesson('completed', 30, 2));
  });

  it('keeps the latest answer, reflection or bookmark', () => {
    const old: Fact = { kind: 'reflection', key: 'r', at: 1, value: { text: 'avant' } };
    const recent: Fact = { kind: 'reflection', key: 'r', at: 2, value: { text: 'après' } };
    expect(mergeFact(old, recent)).toBe(recent);
    expect(mergeFact(recent, old)).toBe(recent);
  });

  it('merges fact by fact, so two writers of different facts never overwrite each other', () => {
    const tabA: Fact[] = [{ kind: 'answer', key: 'q1', at: 5, value: { choice: ['a'], correct: true, attempts: 1 } }];
    const tabB: Fact[] = [{ kind: 'reflection', key: 'r1', at: 6, value: { text: 'texte' } }];
    const merged = applyFacts(applyFacts({}, tabA), tabB);
    expect(Object.keys(merged).sort()).toEqual(['answer:q1', 'reflection:r1']);
  });
});
