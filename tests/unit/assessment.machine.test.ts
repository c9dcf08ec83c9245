import { describe, expect, it } from 'vitest';
import { drawAttempt } from '../../src/assessment/draw';
import { rightResponse } from '../../src/assessment/scoring';
import { trackResult } from '../../src/assessment/track-result';
import type { BankEntry } from '../../src/content/model';
import { spine } from '../../src/content/spine';
import { getFact, type Fact } from '../../src/progress/facts';
import { assessmentCourse } from '../helpers/assessment-course';
import { startPlayer } from '../helpers/player-harness';

const { outline, bank } = assessmentCourse();
const a = outline.assessment!;
const EVAL = a.lessonId;

type P = ReturnType<typeof startPlayer>;
const attempt = (p: P) => getFact(p.snap().context.progress, 'attempt', a.id)?.value;
const result = (p: P) => getFact(p.snap().context.progress, 'result', a.id)?.value;
const drawn = (p: P) => drawAttempt(bank, a, attempt(p)!.seed);

function wrongResponse(q: BankEntry): number[] {
  const good = rightResponse(q);
  if (q.kind === 'ordering') return [...good].reverse();
  if (q.kind === 'matching') return good.map((t) => (t === 0 ? 1 : 0));
  return [good[0] === 0 ? 1 : 0];
}

/** Answers every drawn question, right where `right(i)` says so, a few seconds apart. */
function answerAll(p: P, right: (i: number) => boolean) {
  drawn(p).forEach((d, i) => {
    p.tick(7);
    p.send({
      type: 'assessment.answer',
      position: i,
      response: right(i) ? rightResponse(d.question) : wrongResponse(d.question),
    });
  });
}

/** A 12 h learner with every lesson before the assessment completed, on the assessment lesson. */
async function onAssessment(opts: Parameters<typeof startPlayer>[1] = {}) {
  const before: Fact[] = spine(outline, '12h')
    .filter((l) => l.id !== EVAL)
    .map((l) => ({ kind: 'lesson', key: l.id, at: 1, value: { status: 'completed', seconds: 300 } }));
  const p = startPlayer(outline, {
    bank,
    ...opts,
    facts: [{ kind: 'track', key: 'track', at: 1, value: '12h' }, ...before, ...(opts.facts ?? [])],
  });
  await p.settled();
  p.send({ type: 'track.select', track: '12h' });
  p.send({ type: 'nav.goTo', lessonId: EVAL });
  expect(p.snap().context.lessonId).toBe(EVAL);
  return p;
}

describe('the assessment attempt in the player machine', () => {
  it('starts an attempt: a seed, one empty answer per drawn question, written and checkpointed', async () => {
    const p = await onAssessment();
    p.send({ type: 'assessment.start' });
    expect(attempt(p)).toMatchObject({ number: 1, submitted: false, bank: a.bankCheck });
    expect(attempt(p)!.answers).toEqual([null, null, null, null, null]);
    expect(p.written.at(-1)).toMatchObject({ kind: 'attempt', key: a.id });
    expect(p.lms.at(-1)).toMatchObject({ type: 'lms.sync', checkpoint: true });
    const seed = attempt(p)!.seed;
    p.send({ type: 'assessment.start' });
    expect(attempt(p)!.seed).toBe(seed);
  });

  it('records each answer by drawn position with its latency, without any feedback or score', async () => {
    const p = await onAssessment();
    p.send({ type: 'assessment.start' });
    p.tick(12);
    const first = drawn(p)[0]!.question;
    p.send({ type: 'assessment.answer', position: 0, response: rightResponse(first) });
    expect(attempt(p)!.answers[0]).toEqual({ response: rightResponse(first), seconds: 12 });
    expect(result(p)).toBeUndefined();
  });

  it('ignores assessment commands away from the assessment lesson', async () => {
    const p = await onAssessment();
    p.send({ type: 'nav.goTo', lessonId: 's1-a' });
    p.send({ type: 'assessment.start' });
    expect(attempt(p)).toBeUndefined();
  });

  it('resumes mid-attempt after a reload: same questions, same answers, then submits', async () => {
    const p = await onAssessment();
    p.send({ type: 'assessment.start' });
    answerAll(p, (i) => i < 2);
    const before = attempt(p)!;
    p.send({ type: 'assessment.answer', position: 2, response: [0] }); // not a whole answer to every kind
    const again = await onAssessment({ facts: p.written });
    expect(attempt(again)).toEqual(attempt(p));
    expect(drawn(again).map((d) => d.question.id)).toEqual(drawAttempt(bank, a, before.seed).map((d) => d.question.id));
    answerAll(again, (i) => i !== 4);
    again.send({ type: 'assessment.submit' });
    await again.flush();
    expect(attempt(again)!.submitted).toBe(true);
    expect(result(again)).toMatchObject({ attempt: 1, right: 4, total: 5 });
  });

  it('scores only on submission, then refuses answers; the lesson completes once submitted', async () => {
    const p = await onAssessment();
    p.send({ type: 'lesson.viewedEnd' });
    p.send({ type: 'assessment.start' });
    answerAll(p, (i) => i < 3);
    expect(getFact(p.snap().context.progress, 'lesson', EVAL)?.value.status).toBe('viewed');
    p.send({ type: 'assessment.submit' });
    await p.flush();
    expect(result(p)).toMatchObject({ attempt: 1, right: 3, total: 5 });
    expect(getFact(p.snap().context.progress, 'lesson', EVAL)?.value.status).toBe('completed');
    const frozen = attempt(p);
    p.send({ type: 'assessment.answer', position: 0, response: rightResponse(drawn(p)[0]!.question) });
    expect(attempt(p)).toEqual(frozen);
    expect(trackResult(outline, '12h', p.snap().context.progress).standing).toBe('failed');
  });

  it('retakes with a new draw and keeps the best score', async () => {
    const p = await onAssessment();
    p.send({ type: 'assessment.start' });
    answerAll(p, () => true);
    p.send({ type: 'assessment.submit' });
    await p.flush();
    const firstSeed = attempt(p)!.seed;
    p.tick(60);
    p.send({ type: 'assessment.start' });
    expect(attempt(p)).toMatchObject({ number: 2, submitted: false });
    expect(attempt(p)!.seed).not.toBe(firstSeed);
    answerAll(p, () => false);
    p.send({ type: 'assessment.submit' });
    await p.flush();
    expect(result(p)).toMatchObject({ attempt: 1, right: 5 });
    // Passed, but this lesson was never read to its end: the track is not complete yet.
    expect(trackResult(outline, '12h', p.snap().context.progress)).toMatchObject({
      standing: 'lessons-left',
      passed: true,
      complete: false,
    });
  });

  it('allows no attempt beyond maxAttempts', async () => {
    const p = await onAssessment();
    for (let n = 0; n < 3; n++) {
      p.tick(60);
      p.send({ type: 'assessment.start' });
      answerAll(p, () => false);
      p.send({ type: 'assessment.submit' });
      await p.flush();
    }
    p.tick(60);
    p.send({ type: 'assessment.start' });
    expect(attempt(p)).toMatchObject({ number: 3, submitted: true });
  });

  it('tells the learner when the bank cannot load, and keeps the attempt open', async () => {
    const p = await onAssessment({ bank: () => Promise.reject(new Error('offline')) });
    p.send({ type: 'assessment.start' });
    answerAll(p, () => true);
    p.send({ type: 'assessment.submit' });
    await p.flush();
    expect(attempt(p)!.submitted).toBe(false);
    expect(p.snap().context.notices).toContain('assessment-unscorable');
  });
});

describe('completion of the 12 h track', () => {
  it('ends on the end screen, complete only when the lessons are done and the assessment passed', async () => {
    const p = await onAssessment();
    p.send({ type: 'lesson.viewedEnd' });
    p.send({ type: 'nav.next' });
    expect(p.snap().matches({ ready: { nav: 'trackComplete' } })).toBe(true);
    expect(trackResult(outline, '12h', p.snap().context.progress).standing).toBe('lessons-left');
    p.send({ type: 'nav.goTo', lessonId: EVAL });
    p.send({ type: 'assessment.start' });
    answerAll(p, (i) => i < 4);
    p.send({ type: 'assessment.submit' });
    await p.flush();
    expect(trackResult(outline, '12h', p.snap().context.progress)).toMatchObject({
      standing: 'passed',
      complete: true,
    });
  });

  it('records the name typed for the attestation, from the end screen too, tidied', async () => {
    const p = await onAssessment();
    p.send({ type: 'nav.next' });
    expect(p.snap().matches({ ready: { nav: 'trackComplete' } })).toBe(true);
    p.send({ type: 'assessment.name', name: '  Marie   Dupont ' });
    expect(getFact(p.snap().context.progress, 'learner', 'name')?.value).toBe('Marie Dupont');
    expect(p.written.at(-1)).toMatchObject({ kind: 'learner', key: 'name', value: 'Marie Dupont' });
  });

  it('records a practice answer once: a second try changes nothing on record', async () => {
    const p = await onAssessment();
    p.send({ type: 'nav.goTo', lessonId: 's1-a' });
    p.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['b'] });
    p.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['a'] });
    expect(getFact(p.snap().context.progress, 'answer', 's1-q1')?.value).toEqual({
      choice: ['b'],
      correct: false,
      attempts: 1,
    });
  });
});
