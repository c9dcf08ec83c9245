import type { AssessmentOutline, BankEntry } from '../content/model';
import { getFact, type AttemptValue, type Fact, type Progress, type ResultValue } from '../progress/facts';
import { drawAttempt, newSeed } from './draw';
import { isValidResponse, scoreAttempt } from './scoring';

/**
 * The attempt's life as facts: start, answer, submit. Pure builders: each returns the facts an
 * action produces (none when the action is not allowed now), and the machine persists them.
 */

/** A latency longer than this is a learner who left, not one who thought: it is capped. */
const MAX_LATENCY_SECONDS = 30 * 60;

/** The attempt on record, if it was drawn from the bank this course has now. */
export function currentAttempt(a: AssessmentOutline, p: Progress): AttemptValue | null {
  const f = getFact(p, 'attempt', a.id);
  return f && f.value.bank === a.bankCheck && f.value.answers.length === a.questionsPerAttempt ? f.value : null;
}

/** An attempt drawn from an older bank: the course changed under it, so it cannot be resumed. */
export function isStaleAttempt(a: AssessmentOutline, p: Progress): boolean {
  const f = getFact(p, 'attempt', a.id);
  return !!f && !f.value.submitted && currentAttempt(a, p) === null;
}

export function bestResult(a: AssessmentOutline, p: Progress): ResultValue | null {
  return getFact(p, 'result', a.id)?.value ?? null;
}

/** Attempts begun so far (a void attempt still counts: it was drawn). */
export function attemptsUsed(a: AssessmentOutline, p: Progress): number {
  return getFact(p, 'attempt', a.id)?.value.number ?? 0;
}

export function attemptsLeft(a: AssessmentOutline, p: Progress): number | null {
  return a.maxAttempts === undefined ? null : Math.max(0, a.maxAttempts - attemptsUsed(a, p));
}

export function isInProgress(a: AssessmentOutline, p: Progress): boolean {
  const at = currentAttempt(a, p);
  return !!at && !at.submitted;
}

/** A new attempt may start when none is in progress and the maximum (if any) is not reached. */
export function canStart(a: AssessmentOutline, p: Progress): boolean {
  return !isInProgress(a, p) && (attemptsLeft(a, p) ?? 1) > 0;
}

export function startAttempt(a: AssessmentOutline, p: Progress, courseId: string, now: number): Fact[] {
  if (!canStart(a, p)) return [];
  const number = attemptsUsed(a, p) + 1;
  const value: AttemptValue = {
    number,
    seed: newSeed(courseId, number, now),
    bank: a.bankCheck,
    answers: Array.from({ length: a.questionsPerAttempt }, () => null),
    submitted: false,
  };
  return [{ kind: 'attempt', key: a.id, at: now, value }];
}

/**
 * Records the answer at drawn `position`. Its latency is the time since the attempt's fact was
 * last written (its start or its latest answer): the time the learner spent reaching and
 * answering it. Nothing is recorded for a malformed response; with the bank at hand (`bank`),
 * a response that does not fit that question is refused too.
 */
export function answerAttempt(
  a: AssessmentOutline,
  p: Progress,
  bank: readonly BankEntry[] | null,
  position: number,
  response: number[],
  now: number,
): Fact[] {
  const at = currentAttempt(a, p);
  if (!at || at.submitted || !Number.isInteger(position) || position < 0 || position >= at.answers.length) return [];
  if (bank) {
    const q = drawAttempt(bank, a, at.seed)[position]?.question;
    if (!q || !isValidResponse(q, response)) return [];
  } else if (response.length > 20 || response.some((i) => !Number.isInteger(i) || i < -1 || i >= 100)) return [];
  const since = getFact(p, 'attempt', a.id)!.at;
  const seconds = Math.min(MAX_LATENCY_SECONDS, Math.max(0, Math.floor((now - since) / 1000)));
  const answers = at.answers.map((x, i) => (i === position ? { response: [...response], seconds } : x));
  return [{ kind: 'attempt', key: a.id, at: now, value: { ...at, answers } }];
}

/**
 * Submits the attempt: marks it submitted and keeps its score as the result when it beats the
 * best one so far (the result fact's merge keeps the best too, whoever writes last).
 */
export function submitAttempt(a: AssessmentOutline, p: Progress, bank: readonly BankEntry[], now: number): Fact[] {
  const at = currentAttempt(a, p);
  if (!at || at.submitted) return [];
  const { right, total } = scoreAttempt(drawAttempt(bank, a, at.seed), at.answers);
  const submittedAt = Math.floor(now / 1000) * 1000;
  const facts: Fact[] = [{ kind: 'attempt', key: a.id, at: now, value: { ...at, submitted: true } }];
  const result: ResultValue = { attempt: at.number, seed: at.seed, right, total, submittedAt };
  const best = bestResult(a, p);
  if (!best || right * best.total > best.right * total)
    facts.push({ kind: 'result', key: a.id, at: now, value: result });
  return facts;
}
