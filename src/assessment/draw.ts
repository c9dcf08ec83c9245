import type { AssessmentOutline, BankEntry } from '../content/model';
import { hashSeed, seededShuffle } from '../lib/seeded-random';

/**
 * Which questions an attempt holds and in which order their parts show, rebuilt from the
 * attempt's seed alone: the same seed and bank always give the same attempt, so a reload, a
 * relaunch in the LMS and the scoring all see what the learner saw.
 */

/** The draw rule: how many questions, and the minimum from every step. */
export type DrawRule = Pick<AssessmentOutline, 'questionsPerAttempt' | 'minPerStep'>;

export interface DrawnQuestion {
  question: BankEntry;
  /**
   * The order its parts show in, as authored indices: options (single, multiple, true/false),
   * items (ordering, never already in the right order) or pairs (matching; targets keep their
   * authored order, they are the categories to choose from).
   */
  order: number[];
}

const sub = (seed: number, label: string) => hashSeed(`${seed >>> 0}/${label}`);
const indices = (n: number) => Array.from({ length: n }, (_, i) => i);

/** How many parts a bank question has: its options, items or pairs. */
export function partCount(q: BankEntry): number {
  if (q.kind === 'ordering') return q.items.length;
  if (q.kind === 'matching') return q.pairs.length;
  return q.options.length;
}

/**
 * The order the parts of `q` show in for this seed. A true/false question reads « Vrai » then
 * « Faux » (shuffling two fixed answers is only noise). An ordering question never starts in
 * the right order: that would give the answer away, so a shuffle that lands on it is rotated.
 */
export function partOrder(q: BankEntry, seed: number): number[] {
  if (q.kind === 'truefalse') {
    const { options } = q;
    return indices(options.length).sort(
      (a, b) => Number(options[b]!.id === 'true') - Number(options[a]!.id === 'true'),
    );
  }
  const order = seededShuffle(indices(partCount(q)), sub(seed, q.id));
  if (q.kind === 'ordering' && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

/**
 * Draws an attempt. Every step gives `minPerStep` questions picked at random among its own;
 * the rest of `questionsPerAttempt` comes at random from all the questions left. Questions then
 * show step by step in course order (the result screen names steps), shuffled within a step.
 * Throws when the bank cannot fill the rule (the build-time validation prevents it).
 */
export function drawAttempt(bank: readonly BankEntry[], rule: DrawRule, seed: number): DrawnQuestion[] {
  const steps = [...new Set(bank.map((q) => q.stepId))];
  const picked = new Set<BankEntry>();
  for (const stepId of steps) {
    const own = seededShuffle(
      bank.filter((q) => q.stepId === stepId),
      sub(seed, `step:${stepId}`),
    );
    if (own.length < rule.minPerStep)
      throw new RangeError(`step ${stepId} has fewer than ${rule.minPerStep} questions`);
    own.slice(0, rule.minPerStep).forEach((q) => picked.add(q));
  }
  const extra = rule.questionsPerAttempt - picked.size;
  if (extra < 0) throw new RangeError('the minimum per step exceeds the questions per attempt');
  const rest = seededShuffle(
    bank.filter((q) => !picked.has(q)),
    sub(seed, 'rest'),
  );
  if (rest.length < extra) throw new RangeError('the bank is smaller than the questions per attempt');
  rest.slice(0, extra).forEach((q) => picked.add(q));

  const shown = seededShuffle([...picked], sub(seed, 'order'));
  shown.sort((a, b) => steps.indexOf(a.stepId) - steps.indexOf(b.stepId));
  return shown.map((question) => ({ question, order: partOrder(question, seed) }));
}

/**
 * A fresh seed for attempt `number`, from the time it starts: pure given the injected clock (so
 * machine tests replay it), different for every attempt in practice.
 */
export function newSeed(courseId: string, number: number, now: number): number {
  return hashSeed(`${courseId}#${number}@${now}`);
}
