import type { BankEntry } from '../content/model';
import type { AttemptAnswer } from '../progress/facts';
import type { DrawnQuestion } from './draw';

/**
 * Scoring of the final assessment. A question is right or wrong, never half right: a multiple
 * choice needs every right option and no other, an ordering every item in its place, a
 * matching every pair on its target. Responses are authored indices (see AttemptAnswer).
 */

/** The authored indices that make the right answer of a choice question. */
export function rightOptions(q: Extract<BankEntry, { options: unknown }>): number[] {
  return q.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** For a matching question, each pair's right target index, in authored pair order. */
export function rightTargets(q: Extract<BankEntry, { kind: 'matching' }>): number[] {
  return q.pairs.map((p) => q.targets.findIndex((t) => t.id === p.target));
}

/** The right response of `q`, in the same form as a learner's. */
export function rightResponse(q: BankEntry): number[] {
  if (q.kind === 'ordering') return q.items.map((_, i) => i);
  if (q.kind === 'matching') return rightTargets(q);
  return rightOptions(q);
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** True when `response` is the right answer of `q`; an unanswered question is wrong. */
export function isRight(q: BankEntry, response: readonly number[] | undefined): boolean {
  if (!response) return false;
  if (q.kind === 'ordering' || q.kind === 'matching') return same(response, rightResponse(q));
  // A choice is a set: its order on screen does not matter.
  return same(
    [...new Set(response)].sort((a, b) => a - b),
    rightOptions(q),
  );
}

/**
 * True when `response` fits `q` and may be saved: options of the question, at most one for a
 * single choice; every item placed once; a target (or -1, not chosen yet) for every pair. A
 * matching answer is saved as the learner goes, pair by pair.
 */
export function isValidResponse(q: BankEntry, response: readonly number[]): boolean {
  const inRange = (n: number, from = 0) => response.every((i) => Number.isInteger(i) && i >= from && i < n);
  if (q.kind === 'ordering')
    return response.length === q.items.length && inRange(q.items.length) && new Set(response).size === response.length;
  if (q.kind === 'matching') return response.length === q.pairs.length && inRange(q.targets.length, -1);
  if (!response.length || !inRange(q.options.length) || new Set(response).size !== response.length) return false;
  return q.kind === 'multiple' || response.length === 1;
}

/** True when `response` is a whole answer: valid, and every matching pair given a target. */
export function isWholeResponse(q: BankEntry, response: readonly number[] | undefined): boolean {
  return !!response && isValidResponse(q, response) && (q.kind !== 'matching' || response.every((i) => i >= 0));
}

export interface AttemptScore {
  right: number;
  total: number;
  /** Per drawn position: answered right or not. */
  outcomes: boolean[];
}

export function scoreAttempt(
  drawn: readonly DrawnQuestion[],
  answers: readonly (AttemptAnswer | null)[],
): AttemptScore {
  const outcomes = drawn.map((d, i) => isRight(d.question, answers[i]?.response));
  return { right: outcomes.filter(Boolean).length, total: drawn.length, outcomes };
}

/**
 * Passed when right / total reaches the pass mark, the mark itself included (28 of 35 at 0.8
 * passes). The comparison allows for binary floating point: 0.7 × 10 is 7.000000000000001.
 */
export function passes(right: number, total: number, passMark: number): boolean {
  return total > 0 && right >= passMark * total - 1e-9;
}

/** Steps (ids, in the attempt's order) with at least one question answered wrong. */
export function missedSteps(drawn: readonly DrawnQuestion[], outcomes: readonly boolean[]): string[] {
  return [...new Set(drawn.filter((_, i) => !outcomes[i]).map((d) => d.question.stepId))];
}
