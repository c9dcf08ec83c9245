import { describe, expect, it } from 'vitest';
import { getFact } from '../../src/progress/facts';
import { miniCourse } from '../helpers/mini-course';
import { startPlayer } from '../helpers/player-harness';

const { outline } = miniCourse();

describe('player machine', () => {
  it('starts by choosing a track, then opens the first lesson of that track', async () => {
    const p = startPlayer(outline);
    await p.settled();
    expect(p.snap().matches({ ready: { nav: 'choosingTrack' } })).toBe(true);
    p.send({ type: 'track.select', track: '2h' });
    expect(p.snap().matches({ ready: { nav: { learning: 'lesson' } } })).toBe(true);
    expect(p.snap().context.lessonId).toBe('s1-a');
    expect(p.written.map((f) => `${f.kind}:${f.key}`)).toEqual(['track:track', 'bookmark:bookmark', 'lesson:s1-a']);
  });

  it('walks only the lessons of the chosen track, in order', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'nav.next' });
    expect(p.snap().context.lessonId).toBe('s2-a');
    p.send({ type: 'nav.prev' });
    expect(p.snap().context.lessonId).toBe('s1-a');
    p.send({ type: 'nav.goTo', lessonId: 's1-b' });
    expect(p.snap().context.lessonId).toBe('s1-a');
  });

  it('completes a lesson only once viewed to its end and its quiz answered', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['b'] });
    expect(getFact(p.snap().context.progress, 'lesson', 's1-a')?.value.status).toBe('visited');
    p.send({ type: 'lesson.viewedEnd' });
    expect(getFact(p.snap().context.progress, 'lesson', 's1-a')?.value.status).toBe('completed');
    expect(getFact(p.snap().context.progress, 'answer', 's1-q1')?.value).toEqual({
      choice: ['b'],
      correct: false,
      attempts: 1,
    });
    expect(p.lms.at(-1)).toMatchObject({ type: 'lms.sync', checkpoint: true });
  });

  it('ignores answers to questions that are not on the current lesson', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'nav.next' });
    p.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['a'] });
    expect(getFact(p.snap().context.progress, 'answer', 's1-q1')).toBeUndefined();
  });

  it('ends the track on its end screen, listing the lessons left until every one is complete', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'lesson.viewedEnd' });
    p.send({ type: 'nav.next' });
    p.send({ type: 'nav.next' });
    expect(p.snap().matches({ ready: { nav: 'trackComplete' } })).toBe(true);
    expect(p.snap().context.incomplete).toEqual(['s1-a', 's2-a']);
    p.send({ type: 'nav.goTo', lessonId: 's1-a' });
    p.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['a'] });
    p.send({ type: 'nav.goTo', lessonId: 's2-a' });
    p.send({ type: 'lesson.viewedEnd' });
    p.send({ type: 'nav.next' });
    expect(p.snap().matches({ ready: { nav: 'trackComplete' } })).toBe(true);
    expect(p.snap().context.incomplete).toEqual([]);
  });

  it('keeps every completed lesson when switching to a longer track', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['a'] });
    p.send({ type: 'lesson.viewedEnd' });
    p.send({ type: 'track.switch', track: '4h' });
    const ctx = p.snap().context;
    expect(getFact(ctx.progress, 'track', 'track')?.value).toBe('4h');
    expect(getFact(ctx.progress, 'lesson', 's1-a')?.value.status).toBe('completed');
    expect(ctx.lessonId).toBe('s1-a');
    p.send({ type: 'nav.next' });
    expect(p.snap().context.lessonId).toBe('s1-b');
  });

  it('resumes at the bookmark with every fact restored', async () => {
    const first = startPlayer(outline);
    await first.settled();
    first.send({ type: 'track.select', track: '2h' });
    first.send({ type: 'quiz.submit', questionId: 's1-q1', choice: ['a'] });
    first.send({ type: 'nav.next' });
    first.send({ type: 'reflection.save', reflectionId: 's2-r', text: 'Créer une alliance locale' });

    const again = startPlayer(outline, { facts: first.written });
    await again.settled();
    expect(again.snap().matches({ ready: { nav: 'choosingTrack' } })).toBe(true);
    again.send({ type: 'progress.resume' });
    expect(again.snap().context.lessonId).toBe('s2-a');
    expect(getFact(again.snap().context.progress, 'reflection', 's2-r')?.value.text).toBe('Créer une alliance locale');
    expect(getFact(again.snap().context.progress, 'answer', 's1-q1')?.value.correct).toBe(true);
  });

  it('lands directly on a lesson named by the URL when it belongs to the saved track', async () => {
    const p = startPlayer(outline, {
      initialLessonId: 's2-a',
      facts: [{ kind: 'track', key: 'track', at: 1, value: '2h' }],
    });
    await p.settled();
    expect(p.snap().matches({ ready: { nav: { learning: 'lesson' } } })).toBe(true);
    expect(p.snap().context.lessonId).toBe('s2-a');
  });

  it('accounts time spent per lesson when leaving it and on pause', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.tick(42);
    p.send({ type: 'nav.next' });
    expect(getFact(p.snap().context.progress, 'lesson', 's1-a')?.value.seconds).toBe(42);
    p.tick(7);
    p.send({ type: 'session.pause' });
    p.tick(3);
    p.send({ type: 'session.pause' });
    expect(getFact(p.snap().context.progress, 'lesson', 's2-a')?.value.seconds).toBe(10);
  });

  it('fails with a readable reason when progress cannot be loaded at all', async () => {
    const p = startPlayer(outline, { failLoad: true });
    await p.settled();
    expect(p.snap().matches('failed')).toBe(true);
    expect(p.snap().context.error).toBe('disk on fire');
  });

  it('merges facts from another tab without moving the learner', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.send({
      type: 'remote.facts',
      facts: [{ kind: 'lesson', key: 's2-a', at: 5, value: { status: 'completed', seconds: 3 } }],
    });
    expect(p.snap().context.lessonId).toBe('s1-a');
    expect(getFact(p.snap().context.progress, 'lesson', 's2-a')?.value.status).toBe('completed');
  });
});

describe('player machine and skewed clocks', () => {
  it('lets a new fact win over a restored one stamped in the future', async () => {
    const future = 9_999_999_999;
    const p = startPlayer(outline, {
      facts: [
        { kind: 'track', key: 'track', at: future, value: '2h' },
        { kind: 'checklist', key: 's1-c', at: future, value: { checked: ['x'] } },
      ],
    });
    await p.settled();
    p.send({ type: 'track.select', track: '4h' });
    p.send({ type: 'checklist.toggle', checklistId: 's1-c', itemId: 'y', checked: true });
    const fact = getFact(p.snap().context.progress, 'checklist', 's1-c')!;
    expect(fact.value).toEqual({ checked: ['x', 'y'] });
    expect(fact.at).toBe(future + 1);
    expect(p.written.at(-1)).toEqual(fact);
  });
});

describe('player machine and storage health', () => {
  it('says « not kept » after a quota error, and « saved » again once a write reaches the disk', async () => {
    const p = startPlayer(outline);
    await p.settled();
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'journal.degraded', notice: 'storage-quota' });
    expect(p.snap().context.save).toBe('memory-only');
    expect(p.snap().context.notices).toEqual(['storage-quota']);
    p.send({ type: 'journal.saved', count: 3, durable: false });
    expect(p.snap().context.save).toBe('memory-only');
    p.send({ type: 'journal.saved', count: 3, durable: true });
    expect(p.snap().context.save).toBe('saved');
    expect(p.snap().context.notices).toEqual([]);
  });
});
