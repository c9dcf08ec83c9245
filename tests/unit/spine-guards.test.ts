import { describe, expect, it } from 'vitest';
import { neighbour, spine, trackMinutes } from '../../src/content/spine';
import { canResume, isLessonInTrack } from '../../src/machines/guards';
import { progressFromFacts } from '../../src/progress/facts';
import { miniCourse } from '../helpers/mini-course';
import type { PlayerContext } from '../../src/machines/context';

const { outline } = miniCourse();

describe('ordered lessons per track', () => {
  it('walks only the lessons of a track, in step order, cumulatively', () => {
    expect(spine(outline, '2h').map((l) => l.id)).toEqual(['s1-a', 's2-a']);
    expect(spine(outline, '4h').map((l) => l.id)).toEqual(['s1-a', 's1-b', 's2-a']);
    expect(trackMinutes(outline, '4h')).toBe(20);
    expect(neighbour(outline, '2h', 's1-a', 1)?.id).toBe('s2-a');
    expect(neighbour(outline, '2h', 's2-a', 1)).toBeUndefined();
  });
});

describe('guards', () => {
  const ctx = (facts: Parameters<typeof progressFromFacts>[0]) =>
    ({ outline, progress: progressFromFacts(facts) }) as PlayerContext;

  it('allows a lesson only on a track that contains it', () => {
    expect(isLessonInTrack(ctx([]), '2h', 's1-b')).toBe(false);
    expect(isLessonInTrack(ctx([]), '4h', 's1-b')).toBe(true);
    expect(isLessonInTrack(ctx([]), null, 's1-a')).toBe(false);
    expect(isLessonInTrack(ctx([]), '4h', 'gone')).toBe(false);
  });

  it('resumes only to a bookmark that belongs to the saved track', () => {
    expect(canResume(ctx([]))).toBe(false);
    expect(
      canResume(
        ctx([
          { kind: 'track', key: 'track', at: 1, value: '4h' },
          { kind: 'bookmark', key: 'bookmark', at: 1, value: 's1-b' },
        ]),
      ),
    ).toBe(true);
    expect(
      canResume(
        ctx([
          { kind: 'track', key: 'track', at: 1, value: '2h' },
          { kind: 'bookmark', key: 'bookmark', at: 1, value: 's1-b' },
        ]),
      ),
    ).toBe(false);
  });
});
