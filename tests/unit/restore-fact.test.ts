import { describe, expect, it } from 'vitest';
import { restoreFact } from '../../src/progress/restore';

/** Every source the player reads back (IndexedDB, another tab, suspend_data, a file) goes through restoreFact. */
const good = {
  track: { kind: 'track', key: 'track', at: 1, value: '4h' },
  bookmark: { kind: 'bookmark', key: 'bookmark', at: 1, value: 's1-a' },
  lesson: { kind: 'lesson', key: 's1-a', at: 1, value: { status: 'completed', seconds: 30 } },
  answer: { kind: 'answer', key: 'q1', at: 1, value: { choice: ['a'], correct: true, attempts: 2 } },
  reflection: { kind: 'reflection', key: 'r1', at: 1, value: { text: 'mon texte' } },
  checklist: { kind: 'checklist', key: 'c1', at: 1, value: { checked: ['x'] } },
};

describe('restoreFact accepts exactly the facts the player writes', () => {
  it.each(Object.entries(good))('keeps a valid %s fact as it is', (_kind, fact) => {
    expect(restoreFact(structuredClone(fact))).toEqual(fact);
  });

  it('drops fields it does not know, so nothing foreign reaches the machine', () => {
    const restored = restoreFact({
      ...good.answer,
      extra: '<script>',
      value: { ...good.answer.value, html: '<img onerror>' },
    });
    expect(restored).toEqual(good.answer);
    expect(Object.keys(restored!.value)).toEqual(['choice', 'correct', 'attempts']);
  });

  it('does not let a JSON __proto__ key through', () => {
    const parsed = JSON.parse(
      '{"kind":"reflection","key":"r1","at":1,"value":{"text":"t","__proto__":{"polluted":true}},"__proto__":{"admin":true}}',
    );
    const restored = restoreFact(parsed) as Record<string, unknown> | null;
    expect(restored).toEqual({ kind: 'reflection', key: 'r1', at: 1, value: { text: 't' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(restored)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(restored, 'admin')).toBe(false);
  });
});

const hostile: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a string', '{"kind":"track"}'],
  ['a number', 42],
  ['an array', [good.track]],
  ['a function', () => good.track],
  ['an unknown kind', { ...good.track, kind: 'admin' }],
  ['a kind with different case', { ...good.track, kind: 'Track' }],
  ['a missing key', { kind: 'lesson', at: 1, value: good.lesson.value }],
  ['an empty key', { ...good.lesson, key: '' }],
  ['a key of 201 characters', { ...good.lesson, key: 'k'.repeat(201) }],
  ['a key that is not a string', { ...good.lesson, key: ['s1-a'] }],
  ['a time as a string', { ...good.lesson, at: '2024-01-01' }],
  ['a negative time', { ...good.lesson, at: -1 }],
  ['NaN as time', { ...good.lesson, at: Number.NaN }],
  ['Infinity as time', { ...good.lesson, at: Number.POSITIVE_INFINITY }],
  ['a track that does not exist', { ...good.track, value: '100h' }],
  ['a track fact under another key', { ...good.track, key: 'bookmark' }],
  ['an empty bookmark', { ...good.bookmark, value: '' }],
  ['a bookmark that is an object', { ...good.bookmark, value: { id: 's1-a' } }],
  ['an unknown lesson status', { ...good.lesson, value: { status: 'mastered', seconds: 1 } }],
  ['negative seconds', { ...good.lesson, value: { status: 'visited', seconds: -5 } }],
  ['fractional seconds', { ...good.lesson, value: { status: 'visited', seconds: 1.5 } }],
  ['seconds as a string', { ...good.lesson, value: { status: 'visited', seconds: '10' } }],
  ['a choice that is not a list', { ...good.answer, value: { ...good.answer.value, choice: 'a' } }],
  ['a choice holding an object', { ...good.answer, value: { ...good.answer.value, choice: [{ toString: 'a' }] } }],
  [
    'a choice of 101 options',
    { ...good.answer, value: { ...good.answer.value, choice: Array.from({ length: 101 }, (_, i) => `o${i}`) } },
  ],
  ['a choice of 201 characters', { ...good.answer, value: { ...good.answer.value, choice: ['x'.repeat(201)] } }],
  ['correct as the string "true"', { ...good.answer, value: { ...good.answer.value, correct: 'true' } }],
  ['attempts as Infinity', { ...good.answer, value: { ...good.answer.value, attempts: Number.POSITIVE_INFINITY } }],
  ['a reflection of 20 001 characters', { ...good.reflection, value: { text: 'x'.repeat(20_001) } }],
  ['a reflection that is not text', { ...good.reflection, value: { text: { html: '<b>' } } }],
  ['a reflection value that is a string', { ...good.reflection, value: '<script>alert(1)</script>' }],
  ['a checklist of numbers', { ...good.checklist, value: { checked: [1, 2] } }],
  ['a missing value', { kind: 'answer', key: 'q1', at: 1 }],
];

describe('restoreFact refuses hostile or damaged input without throwing', () => {
  it.each(hostile)('%s → null', (_what, raw) => {
    expect(() => restoreFact(raw)).not.toThrow();
    expect(restoreFact(raw)).toBeNull();
  });
});
