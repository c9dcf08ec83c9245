import { afterEach, describe, expect, it } from 'vitest';
import { spine } from '../../src/content/spine';
import { progressFromFacts } from '../../src/progress/facts';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { fakeLms, interactionCount, objectives, type FakeLms } from '../scorm/fake-lms';
import { launchPlayer, type Player } from '../scorm/learner';
import { realCourse } from '../helpers/mini-course';

const { outline } = realCourse();
const lessons2h = spine(outline, '2h');
const questions2h = lessons2h.flatMap((l) => l.questions);
const EL = {
  scorm12: {
    status: 'cmi.core.lesson_status',
    exit: 'cmi.core.exit',
    location: 'cmi.core.lesson_location',
    time: 'cmi.core.session_time',
    score: 'cmi.core.score.raw',
  },
  scorm2004: {
    status: 'cmi.completion_status',
    exit: 'cmi.exit',
    location: 'cmi.location',
    time: 'cmi.session_time',
    score: 'cmi.score.raw',
  },
} as const;

/** Every session must satisfy Moodle's rules, whatever else a test checks. */
let sessions: FakeLms[] = [];
afterEach(() => {
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});
const el = (version: ScormVersion) => EL[version];
function lmsFor(version: ScormVersion, saved?: Record<string, unknown>) {
  const lms = fakeLms(version, saved, { learnerId: 'eleve-42' });
  sessions.push(lms);
  return lms;
}

async function walk(p: Player, count: number, right: boolean | ((i: number) => boolean) = true) {
  for (let i = 0; i < count; i++) {
    p.finishLesson(typeof right === 'function' ? right(i) : right);
    p.next();
  }
}

describe.each(['scorm12', 'scorm2004'] as const)('the SCORM adapter in %s against scorm-again', (version) => {
  const el = EL[version];

  it('reports a whole 2 h track: completed, 7 completed objectives, one interaction per answer, exit and time', async () => {
    const lms = lmsFor(version);
    const p = await launchPlayer(outline, lms, '2h');
    expect(p.conn.learnerId).toBe('eleve-42');
    p.send({ type: 'track.select', track: '2h' });
    expect(p.ctx().lms).toBe('ok');
    await walk(p, lessons2h.length);
    expect(p.actor.getSnapshot().matches({ ready: { nav: 'trackComplete' } })).toBe(true);
    p.tick(30);
    p.quit();

    const flat = lms.flat();
    expect(flat[el.status]).toBe('completed');
    expect(objectives(flat, version)).toEqual(outline.steps.map((s) => ({ id: s.id, status: 'completed' })));
    expect(interactionCount(flat)).toBe(questions2h.length);
    expect(flat[el.exit]).toBe(version === 'scorm12' ? '' : 'normal');
    expect(flat[el.time]).toMatch(version === 'scorm12' ? /^\d{2,4}:\d\d:\d\d(\.\d\d?)?$/ : /^PT\d+H\d+M[\d.]+S$/);
    expect(flat[el.score] ?? '').toBe('');
    expect(p.ctx().lms).toBe('finished');
    // The LMS holds every fact the learner earned.
    const decoded = decodeSuspend(outline, flat['cmi.suspend_data']).facts;
    const lessonsBack = decoded.filter((f) => f.kind === 'lesson');
    expect(lessonsBack).toHaveLength(lessons2h.length);
    expect(lessonsBack.every((f) => f.kind === 'lesson' && f.value.status === 'completed')).toBe(true);
    expect(decoded.filter((f) => f.kind === 'answer')).toHaveLength(questions2h.length);
  });

  it('resumes mid-track in a new session: same lesson, same answers, entry "resume"', async () => {
    const clock = { now: Date.UTC(2026, 4, 4, 9) };
    const first = lmsFor(version);
    const p = await launchPlayer(outline, first, '2h', { clock });
    p.send({ type: 'track.select', track: '2h' });
    await walk(p, 3, (i) => i !== 1);
    p.answerAll(false);
    const lessonId = p.ctx().lessonId;
    const before = p.ctx().progress;
    p.pause();
    p.quit();
    expect(first.value(el.exit)).toBe('suspend');
    expect(first.value(el.status)).toBe('incomplete');
    expect(first.value(el.location)).toBe(lessonId);

    // A new device: no local journal, the LMS alone.
    const second = lmsFor(version, first.flat());
    clock.now += 86_400_000;
    const q = await launchPlayer(outline, second, '2h', { clock });
    expect(second.value(version === 'scorm12' ? 'cmi.core.entry' : 'cmi.entry')).toBe('resume');
    expect(q.ctx().lessonId).toBe(lessonId);
    expect(q.actor.getSnapshot().matches({ ready: { nav: { learning: 'lesson' } } })).toBe(true);
    for (const f of Object.values(before).filter((x) => x.kind === 'answer' || x.kind === 'lesson'))
      expect(q.ctx().progress[`${f.kind}:${f.key}`]?.value).toEqual(f.value);
    q.quit();
    // Answers known to the LMS are not journaled again as interactions, objectives not duplicated.
    expect(interactionCount(second.flat())).toBe(interactionCount(first.flat()));
    expect(objectives(second.flat(), version).map((o) => o.id)).toEqual(outline.steps.map((s) => s.id));
  });

  it('keeps objectives the LMS already holds where they are, and appends the missing ones', async () => {
    const last = outline.steps.at(-1)!.id;
    const lms = lmsFor(version, { 'cmi.objectives.0.id': 'ancien-objectif', 'cmi.objectives.1.id': last });
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.quit();
    const ids = objectives(lms.flat(), version).map((o) => o.id);
    expect(ids.slice(0, 2)).toEqual(['ancien-objectif', last]);
    expect(ids.slice(2)).toEqual(outline.steps.slice(0, -1).map((s) => s.id));
  });

  it('finishes exactly once and makes no call afterwards', async () => {
    const lms = lmsFor(version);
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.quit();
    p.finishLesson();
    p.next();
    p.pause();
    p.quit();
    expect(lms.rec.calls.filter((c) => c.fn === 'finish')).toHaveLength(1);
    expect(lms.rec.calls.at(-1)?.fn).toBe('finish');
  });

  it('uses only this version’s elements and Moodle-valid values (checked after each test)', async () => {
    const lms = lmsFor(version);
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    await walk(p, 4, false);
    p.quit();
    const sets = lms.rec.calls.filter((c) => c.fn === 'set').map((c) => c.element!);
    expect(sets.length).toBeGreaterThan(20);
    if (version === 'scorm12')
      expect(sets.filter((e) => !/^cmi\.(core|suspend_data|objectives|interactions)/.test(e))).toEqual([]);
    else expect(sets.some((e) => e.startsWith('cmi.core'))).toBe(false);
  });
});

describe('tracks with a pass mark (12 h): practice quizzes never score', () => {
  it.each(['scorm12', 'scorm2004'] as const)(
    '%s: every lesson but the assessment done with every practice answer right reports no score, not passed',
    async (version) => {
      const lms = lmsFor(version);
      const p = await launchPlayer(outline, lms, '12h');
      p.send({ type: 'track.select', track: '12h' });
      // Every lesson before the final assessment (the last of the track), practice all right.
      await walk(p, spine(outline, '12h').length - 1, true);
      p.quit();
      expect(lms.value(el(version).score)).toBe('');
      if (version === 'scorm12') expect(lms.value('cmi.core.lesson_status')).toBe('incomplete');
      else {
        expect(lms.value('cmi.success_status')).toBe('unknown');
        expect(lms.value('cmi.completion_status')).toBe('incomplete');
      }
      expect(lms.value(el(version).exit)).toBe('suspend');
    },
  );
});

describe('what suspend_data carries', () => {
  it('leaves reflections that do not fit SCORM 1.2 in the local journal and tells the learner once', async () => {
    const lms = lmsFor('scorm12');
    const p = await launchPlayer(outline, lms, '4h');
    p.send({ type: 'track.select', track: '4h' });
    const reflections = spine(outline, '4h').flatMap((l) => l.reflections);
    for (const r of reflections) p.send({ type: 'reflection.save', reflectionId: r.id, text: 'é'.repeat(r.maxLength) });
    p.pause();
    expect(p.ctx().notices.filter((n) => n === 'reflections-local-only')).toHaveLength(1);
    const data = lms.value('cmi.suspend_data');
    expect(data.length).toBeLessThanOrEqual(4096);
    const kept = decodeSuspend(outline, data).facts.filter((f) => f.kind === 'reflection');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(reflections.length);
    await p.settle();
    expect(p.journal.filter((f) => f.kind === 'reflection')).toHaveLength(reflections.length);
    p.quit();
  });

  it('keeps every reflection in SCORM 2004, whose suspend_data holds 64000 characters', async () => {
    const lms = lmsFor('scorm2004');
    const p = await launchPlayer(outline, lms, '4h');
    p.send({ type: 'track.select', track: '4h' });
    const reflections = spine(outline, '4h').flatMap((l) => l.reflections);
    for (const r of reflections) p.send({ type: 'reflection.save', reflectionId: r.id, text: 'é'.repeat(r.maxLength) });
    p.pause();
    expect(p.ctx().notices).not.toContain('reflections-local-only');
    const decoded = decodeSuspend(outline, lms.value('cmi.suspend_data')).facts;
    expect(decoded.filter((f) => f.kind === 'reflection')).toHaveLength(reflections.length);
    expect(progressFromFacts(decoded)[`reflection:${reflections[0]!.id}`]?.value).toEqual({
      text: 'é'.repeat(reflections[0]!.maxLength),
    });
    p.quit();
  });
});
