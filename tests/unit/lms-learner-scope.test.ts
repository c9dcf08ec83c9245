import { afterEach, describe, expect, it } from 'vitest';
import { getFact } from '../../src/progress/facts';
import { spine } from '../../src/content/spine';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import { DB_NAME, learnerDbName } from '../../src/services/progress/db-name';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { fakeLms, type FakeLms } from '../scorm/fake-lms';
import { launchPlayer, RecordingStore, type Device } from '../scorm/learner';
import { realCourse } from '../helpers/mini-course';

/**
 * Issue 8, item 2: two learners on one shared browser profile (a school computer). Inside an
 * LMS the local journal belongs to the LMS learner, so B never sees or sends A's work.
 */
const { outline } = realCourse();
const lessons2h = spine(outline, '2h');
const reflection = spine(outline, '4h').flatMap((l) => l.reflections)[0]!;
const LOCATION = { scorm12: 'cmi.core.lesson_location', scorm2004: 'cmi.location' } as const;

let sessions: FakeLms[] = [];
afterEach(() => {
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});
const lmsFor = (version: ScormVersion, learnerId: string, saved?: Record<string, unknown>) => {
  const lms = fakeLms(version, saved, { learnerId });
  sessions.push(lms);
  return lms;
};

describe.each(['scorm12', 'scorm2004'] as const)('%s: two learners, one browser', (version) => {
  it("gives learner B a clean start and sends nothing of learner A's to B's record", async () => {
    const device: Device = new Map();
    const lmsA = lmsFor(version, 'eleve-a');
    const a = await launchPlayer(outline, lmsA, '4h', { device });
    a.send({ type: 'track.select', track: '4h' });
    a.finishLesson();
    a.next();
    a.send({ type: 'reflection.save', reflectionId: reflection.id, text: 'Le projet privé de A' });
    await a.settle();
    a.quit();
    const savedA = lmsA.stored()!;

    const lmsB = lmsFor(version, 'eleve-b');
    const b = await launchPlayer(outline, lmsB, '4h', { device });
    expect(b.ctx().progress, 'B starts with nothing of A').toEqual({});
    b.send({ type: 'track.select', track: '4h' });
    b.pause();
    b.quit();
    const recordB = lmsB.stored()!;
    const factsB = decodeSuspend(outline, String(recordB['cmi.suspend_data'])).facts;
    expect(factsB.filter((f) => f.kind === 'reflection')).toEqual([]);
    expect(factsB.filter((f) => f.kind === 'lesson' && f.value.status === 'completed')).toEqual([]);
    expect(recordB[LOCATION[version]]).toBe(lessons2h[0]!.id);
    expect(JSON.stringify(recordB)).not.toContain('privé');

    // A comes back on the same computer: everything of A's is still there.
    const again = lmsFor(version, 'eleve-a', savedA);
    const a2 = await launchPlayer(outline, again, '4h', { device });
    expect(a2.ctx().lessonId).toBe(a.ctx().lessonId);
    expect(getFact(a2.ctx().progress, 'reflection', reflection.id)?.value.text).toBe('Le projet privé de A');
    a2.quit();
  });

  it('never hands the unscoped database written before the fix to a learner', async () => {
    const device: Device = new Map();
    const legacy = new RecordingStore();
    await legacy.put(outline.id, outline.version, [
      { kind: 'track', key: 'track', at: 1, value: '2h' },
      { kind: 'bookmark', key: 'bookmark', at: 1, value: lessons2h[2]!.id },
      { kind: 'reflection', key: reflection.id, at: 1, value: { text: 'Texte de quelqu’un d’autre' } },
    ]);
    device.set(DB_NAME, legacy);
    const p = await launchPlayer(outline, lmsFor(version, 'eleve-c'), '2h', { device });
    expect(p.ctx().progress).toEqual({});
    p.send({ type: 'track.select', track: '2h' });
    await p.settle();
    p.quit();
    // The old data is set aside, untouched, and the learner writes to their own database only.
    expect(legacy.written).toHaveLength(3);
    expect(device.get(learnerDbName('eleve-c'))!.written.length).toBeGreaterThan(0);
  });

  it('keeps nothing on the device for an LMS that does not name its learner', async () => {
    const device: Device = new Map();
    const p = await launchPlayer(outline, lmsFor(version, ''), '2h', { device });
    p.send({ type: 'track.select', track: '2h' });
    await p.settle();
    expect(p.ctx().notices).toContain('storage-unavailable');
    expect(p.ctx().save, 'work kept in the page only is never « Enregistré »').toBe('memory-only');
    expect(device.size).toBe(0);
    p.quit();
  });
});

describe('database names', () => {
  it('names each LMS learner apart from the standalone database and from each other', () => {
    const names = ['eleve-a', 'eleve-b', 'Élève A', '42', ' '].map(learnerDbName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^alliances-territoires-progress--lms-[0-9a-f]{16}$/);
    expect(names).not.toContain(DB_NAME);
  });
});
