import { describe, expect, it } from 'vitest';
import { drawAttempt, newSeed, partOrder } from '../../src/assessment/draw';
import { assessmentCourse } from '../helpers/assessment-course';
import { realCourse } from '../helpers/mini-course';

const real = realCourse();
const fixture = assessmentCourse();
const rule = real.outline.assessment!;
const seeds = Array.from({ length: 200 }, (_, i) => newSeed('cours', i + 1, 1_700_000_000_000 + i * 61_000));
const ids = (seed: number, bank = real.bank, r = rule) =>
  drawAttempt(bank, r, seed).map((d) => `${d.question.id}:${d.order.join('')}`);

describe('drawing an attempt from the seed', () => {
  it('gives the same questions in the same order, with the same option order, for the same seed', () => {
    for (const seed of seeds.slice(0, 20)) expect(ids(seed)).toEqual(ids(seed));
  });

  it('draws anew for another seed', () => {
    const draws = new Set(seeds.map((s) => ids(s).join(' ')));
    expect(draws.size).toBe(seeds.length);
  });

  it('takes exactly the minimum from every step of the real bank (35 questions, 5 per step), never twice', () => {
    for (const seed of seeds) {
      const drawn = drawAttempt(real.bank, rule, seed);
      expect(drawn).toHaveLength(35);
      expect(new Set(drawn.map((d) => d.question.id)).size).toBe(35);
      for (const step of real.outline.steps)
        expect(
          drawn.filter((d) => d.question.stepId === step.id),
          step.id,
        ).toHaveLength(5);
    }
  });

  it('fills the rest beyond the minimum per step from any step (fixture: 5 questions, at least 2 per step)', () => {
    const a = fixture.outline.assessment!;
    const counts = new Set<string>();
    for (const seed of seeds) {
      const drawn = drawAttempt(fixture.bank, a, seed);
      expect(drawn).toHaveLength(5);
      const perStep = fixture.outline.steps.map((s) => drawn.filter((d) => d.question.stepId === s.id).length);
      expect(Math.min(...perStep)).toBeGreaterThanOrEqual(2);
      counts.add(perStep.join('+'));
    }
    expect(counts).toEqual(new Set(['3+2', '2+3']));
  });

  it('reaches every question of the bank over attempts', () => {
    const seen = new Set(seeds.slice(0, 60).flatMap((s) => drawAttempt(real.bank, rule, s).map((d) => d.question.id)));
    expect(seen.size).toBe(real.bank.length);
  });

  it('shows questions step by step in course order', () => {
    const order = real.outline.steps.map((s) => s.id);
    for (const seed of seeds.slice(0, 20)) {
      const steps = drawAttempt(real.bank, rule, seed).map((d) => order.indexOf(d.question.stepId));
      expect(steps).toEqual([...steps].sort((x, y) => x - y));
    }
  });

  it('shuffles options so the right one is not always in the same place', () => {
    const q = real.bank.find((x) => x.kind === 'single' && x.options.length >= 3)!;
    if (!('options' in q)) throw new Error('no single question');
    const right = q.options.findIndex((o) => o.correct);
    const places = new Set(seeds.map((s) => partOrder(q, s).indexOf(right)));
    expect(places.size).toBe(q.options.length);
  });

  it('never shows an ordering question already in the right order, and keeps Vrai before Faux', () => {
    for (const q of real.bank)
      for (const seed of seeds.slice(0, 50)) {
        const order = partOrder(q, seed);
        if (q.kind === 'ordering') expect(order).not.toEqual(order.map((_, i) => i));
        if (q.kind === 'truefalse') expect(order.map((i) => q.options[i]!.id)).toEqual(['true', 'false']);
        expect([...order].sort((x, y) => x - y)).toEqual(order.map((_, i) => i));
      }
  });

  it('refuses a rule the bank cannot fill', () => {
    expect(() => drawAttempt(fixture.bank, { questionsPerAttempt: 5, minPerStep: 4 }, 1)).toThrow(RangeError);
    expect(() => drawAttempt(fixture.bank, { questionsPerAttempt: 9, minPerStep: 1 }, 1)).toThrow(RangeError);
  });
});
