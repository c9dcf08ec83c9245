import { afterEach, describe, expect, it } from 'vitest';
import { spine } from '../../src/content/spine';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import { learnerDbName } from '../../src/services/progress/db-name';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { fakeLms, type FakeLms } from '../scorm/fake-lms';
import { launchPlayer, type Device } from '../scorm/learner';
import { realCourse } from '../helpers/mini-course';

/**
 * Issue 8, item 5: an LMS that installs its API after the SCO has started. The learner works at
 * once; the course keeps looking, connects when the API appears and replays everything.
 */
const { outline } = realCourse();
const lessons2h = spine(outline, '2h');
const API = { scorm12: 'API', scorm2004: 'API_1484_11' } as const;
const LOCATION = { scorm12: 'cmi.core.lesson_location', scorm2004: 'cmi.location' } as const;
const DELAYS = [5, 10, 20, 40];
/** Polls until the condition holds (2 s at most): no fixed sleep for the machine to catch up. */
async function until(cond: () => boolean) {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
}

let sessions: FakeLms[] = [];
afterEach(() => {
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});

/** A fake LMS whose API is missing from its window until `install()`. */
function lateLms(version: ScormVersion) {
  const lms = fakeLms(version, undefined, { learnerId: 'eleve-tard' });
  sessions.push(lms);
  const slot = lms.window as unknown as Record<string, unknown>;
  const api = slot[API[version]];
  delete slot[API[version]];
  return { lms, install: () => (slot[API[version]] = api) };
}

describe.each(['scorm12', 'scorm2004'] as const)('%s: an API installed late', (version) => {
  it('lets the learner start at once, then connects and replays what was done meanwhile', async () => {
    const { lms, install } = lateLms(version);
    const device: Device = new Map();
    const p = await launchPlayer(outline, lms, '2h', { device, lateApiDelays: DELAYS });
    expect(p.ctx().lms).toBe('pending');
    expect(p.ctx().notices).toContain('lms-pending');
    p.send({ type: 'track.select', track: '2h' });
    p.finishLesson();
    p.next();
    expect(p.ctx().save, 'nothing is durable before the learner is known').toBe('saving');

    install();
    await until(() => p.ctx().lms === 'ok');
    expect(p.ctx().lms).toBe('ok');
    expect(p.ctx().notices).not.toContain('lms-pending');
    expect(lms.value(LOCATION[version])).toBe(lessons2h[1]!.id);
    const sent = decodeSuspend(outline, lms.value('cmi.suspend_data')).facts;
    expect(sent.some((f) => f.kind === 'lesson' && f.key === lessons2h[0]!.id && f.value.status === 'completed')).toBe(
      true,
    );
    await p.settle();
    expect(p.ctx().save).toBe('saved');
    expect(device.get(learnerDbName('eleve-tard'))!.written.length).toBeGreaterThan(0);
    p.quit();
    expect(lms.rec.calls.filter((c) => c.fn === 'initialize')).toHaveLength(1);
    expect(lms.rec.calls.at(-1)?.fn).toBe('finish');
  });

  it('says so after about ten seconds without an API, and keeps nothing for an unknown learner', async () => {
    const { lms } = lateLms(version);
    const device: Device = new Map();
    const p = await launchPlayer(outline, lms, '2h', { device, lateApiDelays: DELAYS });
    p.send({ type: 'track.select', track: '2h' });
    await until(() => p.ctx().notices.includes('lms-missing'));
    expect(p.ctx().notices).toContain('lms-missing');
    expect(p.ctx().save).toBe('memory-only');
    expect(device.size).toBe(0);
    expect(lms.rec.calls).toEqual([]);
    p.quit();
  });
});
