import { createActor } from 'xstate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadProgress, providePlayer } from '../../src/app/compose';
import type { Fact } from '../../src/progress/facts';
import { trackProgress, unknownIds } from '../../src/progress/selectors';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import { miniCourse } from '../helpers/mini-course';

/** The learner's facts from version 1 of the course; version 2 (mini-course) dropped some ids. */
const saved: Fact[] = [
  { kind: 'track', key: 'track', at: 1, value: '2h' },
  { kind: 'lesson', key: 's1-a', at: 2, value: { status: 'completed', seconds: 60 } },
  { kind: 'answer', key: 's1-q1', at: 2, value: { choice: ['a'], correct: true, attempts: 1 } },
  { kind: 'lesson', key: 'removed-lesson', at: 3, value: { status: 'completed', seconds: 90 } },
  { kind: 'answer', key: 'removed-question', at: 3, value: { choice: ['b'], correct: false, attempts: 1 } },
  { kind: 'reflection', key: 'removed-reflection', at: 3, value: { text: 'texte' } },
  { kind: 'bookmark', key: 'bookmark', at: 4, value: 'removed-lesson' },
];

const { outline } = miniCourse();
const v2 = { ...outline, version: '2.0.0' };

async function storeWith(facts: Fact[]) {
  const store = new MemoryProgressStore();
  await store.put(outline.id, '1.0.0', facts);
  return store;
}

afterEach(() => vi.restoreAllMocks());

describe('a new course version keeps progress by id', () => {
  it('reports the vanished ids in the console, tells the learner the course was updated, and keeps every known fact', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const loaded = await loadProgress(v2, await storeWith(saved), null, []);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]![0]);
    for (const id of [
      'lesson:removed-lesson',
      'answer:removed-question',
      'reflection:removed-reflection',
      'bookmark:removed-lesson',
    ])
      expect(message).toContain(id);
    expect(message).not.toContain('s1-a');
    expect(loaded.notices).toEqual(['course-updated']);
    expect(loaded.facts).toEqual(expect.arrayContaining(saved.slice(0, 3)));
  });

  it('lists exactly the facts whose ids the course no longer has', () => {
    const progress = Object.fromEntries(saved.map((f) => [`${f.kind}:${f.key}`, f]));
    expect(unknownIds(v2, progress).sort()).toEqual(
      [
        'answer:removed-question',
        'bookmark:removed-lesson',
        'lesson:removed-lesson',
        'reflection:removed-reflection',
      ].sort(),
    );
  });

  it('the player ignores vanished ids: no resume to a missing lesson, progress counted on known lessons', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const actor = createActor(providePlayer(v2, await storeWith(saved)), { input: { outline: v2 } });
    actor.start();
    await expect.poll(() => actor.getSnapshot().matches({ ready: { nav: 'choosingTrack' } })).toBe(true);
    expect(trackProgress(v2, '2h', actor.getSnapshot().context.progress)).toEqual({
      done: 1,
      total: 2,
      complete: false,
    });
    actor.send({ type: 'progress.resume' });
    expect(actor.getSnapshot().matches({ ready: { nav: 'choosingTrack' } })).toBe(true);
    actor.send({ type: 'track.select', track: '2h' });
    // Lands on the first unfinished lesson the course still has.
    expect(actor.getSnapshot().context.lessonId).toBe('s2-a');
  });
});
