import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/progress/facts';
import { tooThin } from '../stress/floor';
import { Ledger } from '../stress/ledger';

/** The stress runner's ledger decides what counts as lost: it must not be blind (issue 8). */
const lesson = (key: string, status: 'visited' | 'completed'): Fact => ({
  kind: 'lesson',
  key,
  at: 1,
  value: { status, seconds: 10 },
});
const disk = (...facts: Fact[]) => new Map(facts.map((f) => [`${f.kind}:${f.key}`, f]));

describe('the stress ledger', () => {
  it('counts a completed lesson as lost when the disk holds only the later visit', () => {
    const l = new Ledger();
    l.attempt('lesson:a', { kind: 'lesson', value: 'visited' });
    l.attempt('lesson:a', { kind: 'lesson', value: 'completed' });
    l.ackAllButReflections();
    l.attempt('lesson:a', { kind: 'lesson', value: 'visited' }); // revisited later
    l.ackAllButReflections();
    expect(l.lost(disk(lesson('a', 'visited')))).toEqual(['lesson:a']);
    expect(l.lost(disk(lesson('a', 'completed')))).toEqual([]);
  });

  it('counts a missing acknowledged fact as lost, and ignores what was never acknowledged', () => {
    const l = new Ledger();
    l.attempt('track:track', { kind: 'track', value: '4h' });
    l.ackAllButReflections();
    l.attempt('bookmark:bookmark', { kind: 'bookmark', value: 's1-x' });
    expect(l.lost(disk())).toEqual(['track:track']);
    expect(l.ackedCount()).toBe(1);
  });

  it('accepts a reflection text acknowledged or typed after, but not an older one', () => {
    const l = new Ledger();
    const text = (v: string): Fact => ({ kind: 'reflection', key: 'r', at: 1, value: { text: v } });
    for (const v of ['un', 'deux', 'trois']) l.attempt('reflection:r', { kind: 'reflection', value: v });
    l.ackReflection('r', 'deux');
    expect(l.lost(disk(text('deux')))).toEqual([]);
    expect(l.lost(disk(text('trois')))).toEqual([]);
    expect(l.lost(disk(text('un')))).toEqual(['reflection:r']);
  });

  it('requires an answer with at least the acknowledged number of submits', () => {
    const l = new Ledger();
    l.attempt('answer:q', { kind: 'answer', value: { choice: ['b'], submits: 2 } });
    l.ackAllButReflections();
    const answer = (attempts: number): Fact => ({
      kind: 'answer',
      key: 'q',
      at: 1,
      value: { choice: ['b'], correct: true, attempts },
    });
    expect(l.lost(disk(answer(2)))).toEqual([]);
    expect(l.lost(disk(answer(1)))).toEqual(['answer:q']);
  });
});

describe('the stress floor', () => {
  it('fails a run whose trials acknowledged nothing, or too little on average', () => {
    expect(tooThin(0, 30, 30)).toBe(true);
    expect(tooThin(60, 30, 0)).toBe(true); // 2 a trial
    expect(tooThin(300, 30, 10)).toBe(true); // a third of the trials saw no saving
    expect(tooThin(300, 30, 2)).toBe(false);
  });
});
