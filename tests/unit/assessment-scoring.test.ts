import { describe, expect, it } from 'vitest';
import {
  answerAttempt,
  attemptsLeft,
  canStart,
  currentAttempt,
  isStaleAttempt,
  startAttempt,
  submitAttempt,
} from '../../src/assessment/attempt';
import { drawAttempt } from '../../src/assessment/draw';
import {
  isRight,
  isValidResponse,
  isWholeResponse,
  missedSteps,
  passes,
  rightResponse,
  scoreAttempt,
} from '../../src/assessment/scoring';
import { hoursMinutes, trackResult } from '../../src/assessment/track-result';
import type { BankEntry } from '../../src/content/model';
import { applyFacts, getFact, mergeFact, type Fact, type Progress } from '../../src/progress/facts';
import { assessmentCourse } from '../helpers/assessment-course';

const { outline, bank } = assessmentCourse();
const a = outline.assessment!;
const byKind = (kind: BankEntry['kind']) => bank.find((q) => q.kind === kind)!;
const T0 = Date.UTC(2026, 4, 4, 9);

describe('scoring one question', () => {
  it('single and true/false: the one right option only', () => {
    for (const kind of ['single', 'truefalse'] as const) {
      const q = byKind(kind);
      const [right] = rightResponse(q);
      const wrong = right === 0 ? 1 : 0;
      expect(isRight(q, [right!])).toBe(true);
      expect(isRight(q, [wrong])).toBe(false);
      expect(isRight(q, [right!, wrong])).toBe(false);
      expect(isRight(q, [])).toBe(false);
      expect(isRight(q, undefined)).toBe(false);
    }
  });

  it('multiple: every right option and no other; a partial answer is wrong', () => {
    const q = byKind('multiple'); // right: 0 and 1, wrong: 2
    expect(isRight(q, [0, 1])).toBe(true);
    expect(isRight(q, [1, 0])).toBe(true);
    expect(isRight(q, [0])).toBe(false);
    expect(isRight(q, [1])).toBe(false);
    expect(isRight(q, [0, 1, 2])).toBe(false);
  });

  it('ordering: every item in its place', () => {
    const q = byKind('ordering');
    expect(isRight(q, [0, 1, 2, 3])).toBe(true);
    expect(isRight(q, [1, 0, 2, 3])).toBe(false);
    expect(isRight(q, [0, 1, 2])).toBe(false);
  });

  it('matching: every pair on its target; one unset pair is wrong', () => {
    const q = byKind('matching'); // entrepot → performance (0), parents → confiance (1)
    expect(isRight(q, [0, 1])).toBe(true);
    expect(isRight(q, [1, 1])).toBe(false);
    expect(isRight(q, [0, -1])).toBe(false);
  });

  it('accepts only whole answers from the screen', () => {
    expect(isWholeResponse(byKind('single'), [0])).toBe(true);
    expect(isWholeResponse(byKind('single'), [0, 1])).toBe(false);
    expect(isWholeResponse(byKind('multiple'), [0, 2])).toBe(true);
    expect(isWholeResponse(byKind('multiple'), [])).toBe(false);
    expect(isWholeResponse(byKind('multiple'), [5])).toBe(false);
    expect(isWholeResponse(byKind('ordering'), [3, 2, 1, 0])).toBe(true);
    expect(isWholeResponse(byKind('ordering'), [0, 0, 1, 2])).toBe(false);
    expect(isWholeResponse(byKind('matching'), [1, 0])).toBe(true);
    expect(isWholeResponse(byKind('matching'), [1, -1])).toBe(false);
    // A matching answer is saved pair by pair: a pair not chosen yet is -1.
    expect(isValidResponse(byKind('matching'), [1, -1])).toBe(true);
    expect(isValidResponse(byKind('matching'), [1, 2])).toBe(false);
  });
});

describe('the pass mark', () => {
  it.each([
    [4, 5, 0.8, true],
    [3, 5, 0.8, false],
    [28, 35, 0.8, true],
    [27, 35, 0.8, false],
    [7, 10, 0.7, true],
    [6, 10, 0.7, false],
    [0, 0, 0.8, false],
  ])('%i of %i at %f passes: %s (exactly at the mark passes)', (right, total, mark, expected) => {
    expect(passes(right, total, mark)).toBe(expected);
  });
});

/** Plays actions in order, each a minute after the one before (one clock for the whole file). */
let clock = T0;
function play(steps: ((p: Progress, now: number) => Fact[])[], start: Progress = {}): Progress {
  return steps.reduce((p, step) => applyFacts(p, step(p, (clock += 60_000))), start);
}
const start = (p: Progress, now: number) => startAttempt(a, p, outline.id, now);
const submit = (p: Progress, now: number) => submitAttempt(a, p, bank, now);
/** Answers every drawn question, right when `right(i)` says so. */
const answerAll = (right: (i: number) => boolean) => (p: Progress, now: number) => {
  const at = currentAttempt(a, p)!;
  return drawAttempt(bank, a, at.seed).reduce<Fact[]>((facts, d, i) => {
    const good = rightResponse(d.question);
    const response = right(i) ? good : wrongResponse(d.question, good);
    const q = applyFacts(p, facts);
    return [...facts, ...answerAttempt(a, q, bank, i, response, now + i * 1000)];
  }, []);
};
function wrongResponse(q: BankEntry, good: number[]): number[] {
  if (q.kind === 'ordering') return [...good].reverse();
  if (q.kind === 'matching') return good.map((t) => (t === 0 ? 1 : 0));
  return [good[0] === 0 ? 1 : 0];
}

describe('an attempt as facts', () => {
  it('starts with a seed and one empty answer per drawn question, and no second attempt meanwhile', () => {
    const p = play([start]);
    const at = currentAttempt(a, p)!;
    expect(at).toMatchObject({ number: 1, submitted: false, bank: a.bankCheck });
    expect(at.answers).toEqual([null, null, null, null, null]);
    expect(canStart(a, p)).toBe(false);
    expect(startAttempt(a, p, outline.id, T0 + 5000)).toEqual([]);
  });

  it('records an answer by drawn position with its latency, and refuses a malformed one', () => {
    const p = play([start]);
    const drawn = drawAttempt(bank, a, currentAttempt(a, p)!.seed);
    const startedAt = getFact(p, 'attempt', a.id)!.at;
    const facts = answerAttempt(a, p, bank, 0, rightResponse(drawn[0]!.question), startedAt + 42_000);
    expect(facts).toHaveLength(1);
    const answered = currentAttempt(a, applyFacts(p, facts))!;
    expect(answered.answers[0]).toEqual({ response: rightResponse(drawn[0]!.question), seconds: 42 });
    expect(answerAttempt(a, p, bank, 0, [9], T0 + 1)).toEqual([]);
    expect(answerAttempt(a, p, bank, 5, [0], T0 + 1)).toEqual([]);
  });

  it('scores on submission, refuses answers afterwards, and keeps the result', () => {
    const p = play([start, answerAll((i) => i !== 2), submit]);
    const at = currentAttempt(a, p)!;
    expect(at.submitted).toBe(true);
    expect(getFact(p, 'result', a.id)?.value).toMatchObject({ attempt: 1, right: 4, total: 5, seed: at.seed });
    expect(answerAttempt(a, p, bank, 0, [0], T0 + 999_000)).toEqual([]);
    const drawn = drawAttempt(bank, a, at.seed);
    const { outcomes } = scoreAttempt(drawn, at.answers);
    expect(missedSteps(drawn, outcomes)).toEqual([drawn[2]!.question.stepId]);
  });

  it('keeps the best attempt: a lower retake does not replace it, a higher one does', () => {
    const first = play([start, answerAll((i) => i < 3), submit]);
    expect(getFact(first, 'result', a.id)?.value.right).toBe(3);
    const lower = play([start, answerAll((i) => i < 1), submit], first);
    expect(getFact(lower, 'result', a.id)?.value).toMatchObject({ attempt: 1, right: 3 });
    const higher = play([start, answerAll(() => true), submit], lower);
    expect(getFact(higher, 'result', a.id)?.value).toMatchObject({ attempt: 3, right: 5 });
  });

  it('merges two copies of the result to the better one, whichever is newer', () => {
    const r = (right: number, at: number): Fact => ({
      kind: 'result',
      key: a.id,
      at,
      value: { attempt: right, seed: 1, right, total: 5, submittedAt: at },
    });
    expect(mergeFact(r(4, 1), r(2, 9)).value).toMatchObject({ right: 4 });
    expect(mergeFact(r(2, 9), r(4, 1)).value).toMatchObject({ right: 4 });
  });

  it('allows at most maxAttempts attempts (3 in the fixture)', () => {
    const attempt = [start, answerAll(() => false), submit];
    const p = play([...attempt, ...attempt, ...attempt]);
    expect(currentAttempt(a, p)!.number).toBe(3);
    expect(attemptsLeft(a, p)).toBe(0);
    expect(canStart(a, p)).toBe(false);
    expect(startAttempt(a, p, outline.id, T0 + 10 * 60_000)).toEqual([]);
  });

  it('voids an attempt drawn from another bank instead of misreading it', () => {
    const p = play([start]);
    const changed = { ...a, bankCheck: 'autre00' };
    expect(currentAttempt(changed, p)).toBeNull();
    expect(isStaleAttempt(changed, p)).toBe(true);
    expect(canStart(changed, p)).toBe(true);
    expect(startAttempt(changed, p, outline.id, T0 + 1)[0]?.value).toMatchObject({ number: 2 });
  });
});

describe('where the learner stands', () => {
  const lessons12 = outline.steps.flatMap((s) => s.lessons).filter((l) => l.tracks.includes('12h'));
  const done = (ids: string[]): Fact[] =>
    ids.map((id) => ({ kind: 'lesson', key: id, at: T0, value: { status: 'completed', seconds: 600 } }));

  it('says lessons left, then not attempted, failed, passed; complete only once passed', () => {
    const some = applyFacts({}, done([lessons12[0]!.id]));
    expect(trackResult(outline, '12h', some)).toMatchObject({ standing: 'lessons-left', complete: false });
    const all = applyFacts({}, done(lessons12.map((l) => l.id)));
    expect(trackResult(outline, '12h', all)).toMatchObject({ standing: 'not-attempted', complete: false });
    const failed = play([start, answerAll((i) => i < 3), submit], all);
    expect(trackResult(outline, '12h', failed)).toMatchObject({ standing: 'failed', complete: false, passed: false });
    const passed = play([start, answerAll((i) => i < 4), submit], failed);
    const r = trackResult(outline, '12h', passed);
    expect(r).toMatchObject({ standing: 'passed', complete: true, passed: true, attemptsUsed: 2, attemptsLeft: 1 });
    expect(r.best).toMatchObject({ right: 4, total: 5, ratio: 0.8 });
    expect(r.seconds).toBe(600 * lessons12.length);
  });

  it('keeps 2 h and 4 h free of any assessment: complete when their lessons are', () => {
    const lessons2 = outline.steps.flatMap((s) => s.lessons).filter((l) => l.tracks.includes('2h'));
    const r = trackResult(outline, '2h', applyFacts({}, done(lessons2.map((l) => l.id))));
    expect(r).toMatchObject({ standing: 'complete', complete: true, assessment: null, best: null });
  });

  it('shows time in whole hours and minutes, rounded down, never up', () => {
    expect(hoursMinutes(59)).toEqual({ hours: 0, minutes: 0 });
    expect(hoursMinutes(3599)).toEqual({ hours: 0, minutes: 59 });
    expect(hoursMinutes(7260)).toEqual({ hours: 2, minutes: 1 });
    expect(hoursMinutes(43_199)).toEqual({ hours: 11, minutes: 59 });
  });
});
