import { afterEach, describe, expect, it, vi } from 'vitest';
import { spine } from '../../src/content/spine';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import { openScorm } from '../../src/services/lms/scorm/connect';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { fakeLms, interactionCount, objectives, type FakeLms } from '../scorm/fake-lms';
import { launchPlayer } from '../scorm/learner';
import { realCourse } from '../helpers/mini-course';

const { outline } = realCourse();
const lessons2h = spine(outline, '2h');
const STATUS = { scorm12: 'cmi.core.lesson_status', scorm2004: 'cmi.completion_status' } as const;
const LOCATION = { scorm12: 'cmi.core.lesson_location', scorm2004: 'cmi.location' } as const;

let sessions: FakeLms[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});
function lmsFor(version: ScormVersion, saved?: Record<string, unknown>) {
  const lms = fakeLms(version, saved);
  sessions.push(lms);
  return lms;
}

describe('no usable LMS', () => {
  it('gives no session when no window holds the API, so the course runs on its journal alone', () => {
    const lonely = { parent: null } as unknown as Window;
    expect(openScorm({ kind: 'scorm12', outline, track: '2h', window: lonely })).toBeNull();
    expect(openScorm({ kind: 'scorm2004', outline, track: '2h', window: lonely })).toBeNull();
  });

  it('gives no session when Initialize answers "false" or throws', () => {
    for (const initialize of [
      () => 'false',
      () => {
        throw new Error('down');
      },
    ]) {
      const api = {
        LMSInitialize: initialize,
        LMSFinish: () => 'true',
        LMSGetValue: () => '',
        LMSSetValue: () => 'true',
        LMSCommit: () => 'true',
        LMSGetLastError: () => '101',
      };
      expect(
        openScorm({ kind: 'scorm12', outline, track: '2h', window: { API: api } as unknown as Window }),
      ).toBeNull();
    }
  });
});

describe.each(['scorm12', 'scorm2004'] as const)('%s: an LMS that fails to save', (version) => {
  it.each(['false', 'throw'] as const)(
    'Commit answers %s: the learner keeps going, saving is pending, then everything reaches the LMS',
    async (mode) => {
      const lms = lmsFor(version);
      const p = await launchPlayer(outline, lms, '2h');
      p.send({ type: 'track.select', track: '2h' });
      p.finishLesson();
      p.next();
      expect(p.ctx().lms).toBe('ok');

      lms.rec.faults.commit = mode;
      for (let i = 0; i < 3; i++) {
        p.finishLesson(i !== 1);
        p.next();
      }
      expect(p.ctx().lms).toBe('pending');
      expect(p.ctx().notices).toContain('lms-pending');
      expect(p.ctx().lessonId).toBe(lessons2h[4]!.id);
      const storedWhileDown = decodeSuspend(outline, lms.stored()?.['cmi.suspend_data']).facts;
      expect(storedWhileDown.filter((f) => f.kind === 'lesson' && f.value.status === 'completed')).toHaveLength(1);

      delete lms.rec.faults.commit;
      p.finishLesson();
      expect(p.ctx().lms).toBe('ok');
      expect(p.ctx().notices).not.toContain('lms-pending');
      p.quit();

      const kept = lms.stored()!;
      const facts = decodeSuspend(outline, kept['cmi.suspend_data']).facts;
      expect(facts.filter((f) => f.kind === 'lesson' && f.value.status === 'completed')).toHaveLength(5);
      expect(interactionCount(kept)).toBe(lessons2h.slice(0, 5).flatMap((l) => l.questions).length);
      expect(objectives(kept, version).filter((o) => o.status === 'completed')).toHaveLength(
        outline.steps.filter((s) =>
          s.lessons.filter((l) => l.tracks.includes('2h')).every((l) => lessons2h.slice(0, 5).includes(l)),
        ).length,
      );
    },
  );

  it('retries on its own while the learner reads, and reports the link back up', async () => {
    const lms = lmsFor(version);
    const p = await launchPlayer(outline, lms, '2h', { retryDelays: [1000, 4000] });
    vi.useFakeTimers();
    p.send({ type: 'track.select', track: '2h' });
    lms.rec.faults.commit = 'false';
    p.finishLesson();
    expect(p.ctx().lms).toBe('pending');
    const commits = () => lms.rec.calls.filter((c) => c.fn === 'commit').length;
    const before = commits();
    vi.advanceTimersByTime(1000);
    expect(commits()).toBe(before + 1);
    expect(p.ctx().lms).toBe('pending');
    delete lms.rec.faults.commit;
    vi.advanceTimersByTime(3999);
    expect(p.ctx().lms).toBe('pending');
    vi.advanceTimersByTime(1);
    expect(p.ctx().lms).toBe('ok');
    expect(
      decodeSuspend(outline, lms.stored()?.['cmi.suspend_data']).facts.some(
        (f) => f.kind === 'lesson' && f.value.status === 'completed',
      ),
    ).toBe(true);
    p.quit();
    vi.advanceTimersByTime(120_000);
    expect(lms.rec.calls.at(-1)?.fn).toBe('finish');
  });

  it('writes every value again after a failed SetValue, not only the ones that changed', async () => {
    const lms = lmsFor(version);
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.finishLesson();
    const locationWrites = () => lms.rec.calls.filter((c) => c.fn === 'set' && c.element === LOCATION[version]).length;
    const writes = locationWrites();
    lms.rec.faults.set = 'false';
    p.pause();
    p.tick(5);
    p.pause();
    expect(p.ctx().lms).toBe('pending');
    delete lms.rec.faults.set;
    p.tick(5);
    p.pause();
    expect(p.ctx().lms).toBe('ok');
    expect(locationWrites()).toBeGreaterThan(writes);
    p.quit();
  });

  it('replays in the next session what never reached the LMS because it was down at exit', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 9) };
    const lms = lmsFor(version);
    const p = await launchPlayer(outline, lms, '2h', { clock });
    p.send({ type: 'track.select', track: '2h' });
    p.finishLesson();
    p.next();
    p.pause();
    lms.rec.faults.commit = 'false';
    for (let i = 0; i < 2; i++) {
      p.finishLesson();
      p.next();
    }
    p.quit();
    expect(p.ctx().lms).toBe('finished');
    const server = lms.stored()!;
    expect(
      decodeSuspend(outline, server['cmi.suspend_data']).facts.filter(
        (f) => f.kind === 'lesson' && f.value.status === 'completed',
      ),
    ).toHaveLength(1);

    // Same device, next day: the journal knows more than the LMS, and the merge keeps it.
    clock.now += 86_400_000;
    const again = lmsFor(version, server);
    await p.settle();
    const q = await launchPlayer(outline, again, '2h', { clock, device: p.device });
    expect(q.ctx().lessonId).toBe(lessons2h[3]!.id);
    q.tick(10);
    q.pause();
    const replayed = decodeSuspend(outline, again.stored()?.['cmi.suspend_data']).facts;
    expect(replayed.filter((f) => f.kind === 'lesson' && f.value.status === 'completed')).toHaveLength(3);
    expect(interactionCount(again.stored()!)).toBe(
      interactionCount(server) + lessons2h.slice(1, 3).flatMap((l) => l.questions).length,
    );
    q.quit();
  });
});

describe.each(['scorm12', 'scorm2004'] as const)('%s: LMS data that cannot be trusted', (version) => {
  it('ignores corrupt suspend_data with a notice, keeps the bookmark, and overwrites it with good data', async () => {
    const first = lmsFor(version);
    const p = await launchPlayer(outline, first, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.finishLesson();
    p.next();
    p.quit();
    const saved = { ...first.flat(), 'cmi.suspend_data': 'A{"oops": true}' };
    const second = lmsFor(version, saved);
    const q = await launchPlayer(outline, second, '2h');
    expect(q.conn.resume.notices).toContain('storage-corrupt');
    expect(q.ctx().notices).toContain('storage-corrupt');
    expect(q.conn.resume.facts).toEqual([
      expect.objectContaining({ kind: 'bookmark', value: lessons2h[1]!.id }),
      expect.objectContaining({ kind: 'track', value: '2h' }),
    ]);
    expect(q.ctx().lessonId).toBe(lessons2h[1]!.id);
    q.finishLesson();
    q.quit();
    expect(decodeSuspend(outline, second.value('cmi.suspend_data')).problem).toBeNull();
  });

  it('reports a bookmark to a lesson this course no longer has, and ignores it', async () => {
    const saved = { [LOCATION[version]]: 'lecon-disparue', [STATUS[version]]: 'incomplete' };
    const lms = lmsFor(version, saved);
    const p = await launchPlayer(outline, lms, '2h');
    expect(p.conn.resume.notices).toEqual(['course-updated']);
    expect(p.conn.resume.facts).toEqual([]);
    p.quit();
  });

  it('keeps a track the LMS says is completed completed, even when its details are lost', async () => {
    const lms = lmsFor(version, { [STATUS[version]]: 'completed', [LOCATION[version]]: lessons2h[2]!.id });
    const p = await launchPlayer(outline, lms, '2h');
    expect(p.conn.resume.facts.filter((f) => f.kind === 'lesson')).toHaveLength(lessons2h.length);
    p.send({ type: 'nav.goTo', lessonId: lessons2h[0]!.id });
    p.pause();
    p.quit();
    expect(
      lms.rec.calls.filter((c) => c.fn === 'set' && c.element === STATUS[version]).map((c) => c.value),
    ).not.toContain('incomplete');
    expect(lms.value(STATUS[version])).toBe('completed');
  });
});
