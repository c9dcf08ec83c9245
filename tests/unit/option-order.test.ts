import { describe, expect, it } from 'vitest';
import { optionOrder } from '../../src/features/quiz/option-order';

describe('optionOrder', () => {
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  it('gives one learner the same order of a question every time, and varies across learners', () => {
    const q = { id: 's1-q1', kind: 'single', options };
    expect(optionOrder(q, 'moodle-42')).toEqual(optionOrder(q, 'moodle-42'));
    const orders = new Set(
      Array.from({ length: 30 }, (_, i) =>
        optionOrder(q, `learner-${i}`)
          .map((o) => o.id)
          .join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(10);
  });

  it('orders the questions of one learner independently', () => {
    const orders = new Set(
      Array.from({ length: 30 }, (_, i) =>
        optionOrder({ id: `q${i}`, kind: 'multiple', options }, 'moodle-42')
          .map((o) => o.id)
          .join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(10);
  });

  it('reads « Vrai » then « Faux » for a true/false question, whatever the authored order', () => {
    const tf = { id: 's1-tf', kind: 'truefalse', options: [{ id: 'false' }, { id: 'true' }] };
    for (const key of ['a', 'b', 'c', 'local'])
      expect(optionOrder(tf, key).map((o) => o.id)).toEqual(['true', 'false']);
  });
});
