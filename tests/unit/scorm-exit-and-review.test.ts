import { afterEach, describe, expect, it } from 'vitest';
import { spine } from '../../src/content/spine';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import type { LaunchOptions } from '../../scorm/preview/lms-data';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { fakeLms, type FakeLms, type FlatCmi } from '../scorm/fake-lms';
import { launchPlayer, wrongChoice, type Player } from '../scorm/learner';
import { realCourse } from '../helpers/mini-course';

const { outline } = realCourse();
const lessons2h = spine(outline, '2h');
const EL = {
  scorm12: { exit: 'cmi.core.exit', entry: 'cmi.core.entry', status: 'cmi.core.lesson_status' },
  scorm2004: { exit: 'cmi.exit', entry: 'cmi.entry', status: 'cmi.completion_status' },
} as const;

let sessions: FakeLms[] = [];
afterEach(() => {
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});
function lmsFor(version: ScormVersion, saved?: FlatCmi, opts: LaunchOptions = {}) {
  const lms = fakeLms(version, saved, opts);
  sessions.push(lms);
  return lms;
}

const completedLessons = (flat: FlatCmi | undefined) =>
  decodeSuspend(outline, flat?.['cmi.suspend_data']).facts.filter(
    (f) => f.kind === 'lesson' && f.value.status === 'completed',
  ).length;

async function walk(p: Player, count: number) {
  for (let i = 0; i < count; i++) {
    p.finishLesson();
    p.next();
  }
}

describe.each(['scorm12', 'scorm2004'] as const)('%s: exit = "suspend" from the first commit', (version) => {
  const el = EL[version];

  it('is committed with the first checkpoint and kept in every later one while the track is incomplete', async () => {
    const lms = lmsFor(version);
    const exits: string[] = [];
    const store = lms.rec.onStore!;
    lms.rec.onStore = (kind) => {
      store(kind);
      exits.push(String(lms.stored()![el.exit]));
    };
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    await walk(p, 3);
    p.pause();
    expect(exits.length).toBeGreaterThanOrEqual(4);
    expect(new Set(exits)).toEqual(new Set(['suspend']));
    p.quit();
  });

  it('so a session that never finishes (crash, killed tab) resumes on a strict LMS; without suspend it starts over', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 9) };
    const first = lmsFor(version);
    const p = await launchPlayer(outline, first, '2h', { clock });
    p.send({ type: 'track.select', track: '2h' });
    await walk(p, 2);
    // The tab dies here: no Finish, the LMS keeps what the last Commit sent.
    const crashed = first.stored()!;
    expect(completedLessons(crashed)).toBe(2);

    clock.now += 3_600_000;
    const next = lmsFor(version, crashed, { strict: true });
    const q = await launchPlayer(outline, next, '2h', { clock });
    expect(next.value(el.entry)).toBe('resume');
    // The bookmark of the last checkpoint: lesson 2 was committed as it was completed.
    expect(q.ctx().lessonId).toBe(lessons2h[1]!.id);
    expect(
      Object.values(q.ctx().progress).filter((f) => f.kind === 'lesson' && f.value.status === 'completed'),
    ).toHaveLength(2);
    q.quit();

    // The same strict LMS really does start over when the data ends without "suspend".
    const fresh = lmsFor(version, { ...crashed, [el.exit]: version === 'scorm12' ? '' : 'normal' }, { strict: true });
    const r = await launchPlayer(outline, fresh, '2h', { clock });
    expect(fresh.value(el.entry)).toBe('ab-initio');
    expect(r.conn.resume.facts).toEqual([]);
    r.quit();
  });
});

/** A finished 2 h attempt, as Moodle holds it before opening it again in review mode. */
async function completedAttempt(version: ScormVersion): Promise<FlatCmi> {
  const lms = lmsFor(version);
  const p = await launchPlayer(outline, lms, '2h');
  p.send({ type: 'track.select', track: '2h' });
  await walk(p, lessons2h.length);
  p.quit();
  return lms.flat();
}

describe.each([
  ['scorm12', 'review'],
  ['scorm12', 'browse'],
  ['scorm2004', 'review'],
  ['scorm2004', 'browse'],
] as const)('%s in %s mode', (version, mode) => {
  it('shows the learner their progress and lets them look, but writes nothing to the LMS', async () => {
    const saved = await completedAttempt(version);
    const lms = lmsFor(version, saved, { mode });
    const p = await launchPlayer(outline, lms, '2h');
    expect(Object.values(p.ctx().progress).filter((f) => f.kind === 'lesson')).toHaveLength(lessons2h.length);

    const withQuestions = lessons2h.find((l) => l.questions.length)!;
    p.send({ type: 'nav.goTo', lessonId: withQuestions.id });
    p.send({
      type: 'quiz.submit',
      questionId: withQuestions.questions[0]!.id,
      choice: wrongChoice(withQuestions.questions[0]!),
    });
    p.tick(120);
    p.pause();
    p.send({ type: 'session.quit', byLearner: true });

    const writes = lms.rec.calls.filter((c) => c.fn === 'set').map((c) => c.element);
    expect(writes.filter((e) => e !== 'adl.nav.request')).toEqual([]);
    expect(lms.rec.calls.filter((c) => c.fn === 'commit')).toEqual([]);
    expect(lms.rec.calls.filter((c) => c.fn === 'finish')).toHaveLength(1);
    for (const key of Object.keys(saved).filter((k) =>
      /status|score|location|suspend_data|interactions|objectives/.test(k),
    ))
      expect(lms.flat()[key], key).toEqual(saved[key]);
    // The learner is told why nothing they do here reaches the platform.
    expect(p.ctx().notices).toContain('lms-review');
  });
});

describe('« Quitter » in SCORM 2004 asks the LMS to take the course away', () => {
  it('with suspendAll while the track is incomplete, exitAll once it is complete, after exit and before Terminate', async () => {
    const lms = lmsFor('scorm2004');
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.finishLesson();
    p.send({ type: 'session.quit', byLearner: true });
    const tail = lms.rec.calls.filter((c) => c.fn !== 'lastError').slice(-4);
    expect(tail.map((c) => [c.fn, c.element ?? '', c.value ?? ''])).toEqual([
      ['set', 'cmi.session_time', expect.stringMatching(/^PT/)],
      ['set', 'adl.nav.request', 'suspendAll'],
      ['commit', '', ''],
      ['finish', '', ''],
    ]);
    expect(lms.value('cmi.exit')).toBe('suspend');

    const done = lmsFor('scorm2004');
    const q = await launchPlayer(outline, done, '2h');
    q.send({ type: 'track.select', track: '2h' });
    await walk(q, lessons2h.length);
    q.send({ type: 'session.quit', byLearner: true });
    expect(done.rec.calls.find((c) => c.element === 'adl.nav.request')?.value).toBe('exitAll');
  });

  it('finishes all the same when the LMS refuses the request, and asks nothing when the page just goes away', async () => {
    const lms = lmsFor('scorm2004');
    lms.rec.faults.refuse = (element) => (element === 'adl.nav.request' ? '351' : null);
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'session.quit', byLearner: true });
    expect(lms.rec.calls.at(-1)?.fn).toBe('finish');
    expect(p.ctx().lms).toBe('finished');

    const closed = lmsFor('scorm2004');
    const q = await launchPlayer(outline, closed, '2h');
    q.send({ type: 'track.select', track: '2h' });
    q.quit();
    expect(closed.rec.calls.some((c) => c.element === 'adl.nav.request')).toBe(false);
  });

  it('also when the API appeared late: a connection made after launch still asks on « Quitter »', async () => {
    const lms = lmsFor('scorm2004');
    const slot = lms.window as unknown as Record<string, unknown>;
    const api = slot.API_1484_11;
    delete slot.API_1484_11;
    const p = await launchPlayer(outline, lms, '2h', { lateApiDelays: [5, 10, 20] });
    p.send({ type: 'track.select', track: '2h' });
    slot.API_1484_11 = api;
    for (let i = 0; i < 400 && p.ctx().lms !== 'ok'; i++) await new Promise((r) => setTimeout(r, 5));
    expect(p.ctx().lms).toBe('ok');
    p.send({ type: 'session.quit', byLearner: true });
    expect(lms.rec.calls.find((c) => c.element === 'adl.nav.request')?.value).toBe('suspendAll');
    expect(lms.rec.calls.at(-1)?.fn).toBe('finish');
  });

  it('SCORM 1.2 has no such request: « Quitter » ends with exit, time, Commit and Finish only', async () => {
    const lms = lmsFor('scorm12');
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'session.quit', byLearner: true });
    expect(lms.rec.calls.filter((c) => c.fn === 'set' && !c.element!.startsWith('cmi.'))).toEqual([]);
    expect(lms.value(EL.scorm12.exit)).toBe('suspend');
  });
});
