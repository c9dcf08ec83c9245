import { afterEach, describe, expect, it } from 'vitest';
import { currentAttempt } from '../../src/assessment/attempt';
import { displayName } from '../../src/assessment/attestation-facts';
import { spine } from '../../src/content/spine';
import { getFact, type Fact } from '../../src/progress/facts';
import { decodeSuspend } from '../../src/progress/suspend-codec';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { fakeLms, interactionCount, type FakeLms, type FlatCmi } from '../scorm/fake-lms';
import { launchPlayer } from '../scorm/learner';
import { realCourse } from '../helpers/mini-course';

/**
 * The 12 h package reports the final assessment, and only it: score (0–100, 2004 also scaled),
 * passed or failed once an attempt is submitted, `incomplete` before; its answers as
 * interactions in formats Moodle accepts; `exit` = suspend until passed, so a retake resumes.
 */
const { outline, bank } = realCourse();
const a = outline.assessment!;
const lessons12 = spine(outline, '12h');
const EL = {
  scorm12: { status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', exit: 'cmi.core.exit' },
  scorm2004: { status: 'cmi.completion_status', raw: 'cmi.score.raw', exit: 'cmi.exit' },
} as const;

let sessions: FakeLms[] = [];
afterEach(() => {
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});
function lmsFor(version: ScormVersion, saved?: FlatCmi) {
  const lms = fakeLms(version, saved, { learnerId: 'eleve-12', learnerName: 'Dupont, Marie' });
  sessions.push(lms);
  return lms;
}

/** Every 12 h lesson but the assessment's completed, as if on this device already. */
const lessonsDone: Fact[] = [
  { kind: 'track', key: 'track', at: 1, value: '12h' },
  ...lessons12
    .filter((l) => l.id !== a.lessonId)
    .map((l): Fact => ({ kind: 'lesson', key: l.id, at: 1, value: { status: 'completed', seconds: 540 } })),
];

async function on12h(version: ScormVersion, saved?: FlatCmi) {
  const lms = lmsFor(version, saved);
  const p = await launchPlayer(outline, lms, '12h', { local: saved ? [] : lessonsDone });
  p.send({ type: 'track.select', track: '12h' });
  return { lms, p };
}
const records = (flat: FlatCmi) =>
  Array.from({ length: interactionCount(flat) }, (_, n) => ({
    id: String(flat[`cmi.interactions.${n}.id`]),
    type: String(flat[`cmi.interactions.${n}.type`]),
    result: String(flat[`cmi.interactions.${n}.result`]),
    latency: String(flat[`cmi.interactions.${n}.latency`] ?? ''),
  }));

describe.each(['scorm12', 'scorm2004'] as const)('%s: the 12 h final assessment in the LMS', (version) => {
  const el = EL[version];

  it('reports incomplete and no score until an attempt is submitted, whatever the practice quizzes', async () => {
    const { lms, p } = await on12h(version);
    p.send({ type: 'nav.goTo', lessonId: lessons12[0]!.id });
    p.answerAll(true);
    p.pause();
    expect(lms.value(version === 'scorm12' ? el.status : 'cmi.success_status')).toBe(
      version === 'scorm12' ? 'incomplete' : 'unknown',
    );
    expect(lms.value(el.raw)).toBe('');
    p.quit();
  });

  it('a failing attempt reports failed with its score, answers as interactions, and exit suspend', async () => {
    const { lms, p } = await on12h(version);
    await p.takeAssessment(bank, (i) => i < 20);
    p.quit();
    const flat = lms.flat();
    if (version === 'scorm12') expect(flat[el.status]).toBe('failed');
    else {
      expect(flat['cmi.success_status']).toBe('failed');
      expect(flat['cmi.completion_status']).toBe('completed');
      expect(flat['cmi.score.scaled']).toBe('0.5714');
    }
    expect(flat[el.raw]).toBe('57.14');
    expect(flat[version === 'scorm12' ? 'cmi.core.score.max' : 'cmi.score.max']).toBe('100');
    expect(flat[el.exit]).toBe('suspend');
    const held = records(flat).filter((r) => r.id.startsWith(`${a.id}.1.`));
    expect(held).toHaveLength(35);
    expect(held.filter((r) => r.result === 'correct')).toHaveLength(20);
    expect(new Set(held.map((r) => r.type))).toEqual(new Set(['choice', 'true-false', 'matching', 'sequencing']));
    expect(held.every((r) => r.latency !== '')).toBe(true);
  });

  it('a passing retake reports passed with the best score, keeps both attempts, and exits normally', async () => {
    const first = await on12h(version);
    await first.p.takeAssessment(bank, (i) => i < 20);
    first.p.quit();
    const { lms, p } = await on12h(version, first.lms.flat());
    expect(currentAttempt(a, p.ctx().progress)?.submitted).toBe(true);
    await p.takeAssessment(bank, (i) => i !== 3);
    p.send({ type: 'nav.next' });
    expect(p.actor.getSnapshot().matches({ ready: { nav: 'trackComplete' } })).toBe(true);
    p.quit();
    const flat = lms.flat();
    expect(flat[version === 'scorm12' ? el.status : 'cmi.success_status']).toBe('passed');
    expect(flat[el.raw]).toBe('97.14');
    expect(flat[el.exit]).toBe(version === 'scorm12' ? '' : 'normal');
    expect(records(flat).filter((r) => r.id.startsWith(`${a.id}.2.`))).toHaveLength(35);
    expect(records(flat).filter((r) => r.id.startsWith(`${a.id}.1.`))).toHaveLength(35);
  });

  it('a relaunch mid-attempt resumes the same attempt with the answers given', async () => {
    const first = await on12h(version);
    await first.p.takeAssessment(bank, () => true, 12);
    const before = currentAttempt(a, first.p.ctx().progress)!;
    first.p.quit();
    const stored = decodeSuspend(outline, first.lms.value('cmi.suspend_data')).facts;
    expect(stored.find((f) => f.kind === 'attempt')?.value).toEqual(before);
    // Another device: nothing local, everything from the LMS.
    const lms = lmsFor(version, first.lms.flat());
    const p = await launchPlayer(outline, lms, '12h');
    expect(currentAttempt(a, p.ctx().progress)).toEqual(before);
    await p.takeAssessment(bank, () => true);
    p.quit();
    expect(lms.value(el.raw)).toBe('100');
  });

  it('takes the attestation name from the LMS, « Nom, Prénom », and never writes it back', async () => {
    const { lms, p } = await on12h(version);
    const fact = getFact(p.ctx().progress, 'learner', 'lms-name');
    expect(fact?.value).toBe('Dupont, Marie');
    expect(displayName(fact!.value)).toBe('Marie Dupont');
    p.quit();
    expect(lms.rec.calls.some((c) => c.fn === 'set' && /student_name|learner_name/.test(c.element ?? ''))).toBe(false);
  });

  it('never takes back a pass the LMS recorded, when a later attempt fails', async () => {
    const first = await on12h(version);
    await first.p.takeAssessment(bank, () => true);
    first.p.quit();
    const { lms, p } = await on12h(version, first.lms.flat());
    await p.takeAssessment(bank, () => false);
    p.quit();
    expect(lms.value(version === 'scorm12' ? el.status : 'cmi.success_status')).toBe('passed');
    expect(lms.value(el.raw)).toBe('100');
  });
});

describe("Moodle's 2004 formats for the assessment's new interaction types", () => {
  const session = (type: string, response: string) =>
    checkCalls('scorm2004', [
      { fn: 'initialize', result: 'true' },
      { fn: 'set', element: 'cmi.interactions.0.id', value: 'q', result: 'true' },
      { fn: 'set', element: 'cmi.interactions.0.type', value: type, result: 'true' },
      { fn: 'set', element: 'cmi.interactions.0.learner_response', value: response, result: 'true' },
    ]);

  it('accepts matching couples joined by [.] and sequencing ids joined by [,], and refuses other shapes', () => {
    expect(session('matching', 'entrepot[.]performance[,]parents[.]confiance')).toEqual([]);
    expect(session('sequencing', 'preparer[,]cadrer[,]convention')).toEqual([]);
    expect(session('matching', 'entrepot.performance,parents.confiance')).toHaveLength(1);
    expect(session('sequencing', 'preparer,cadrer')).toHaveLength(1);
    expect(session('matching', 'entre-pot[.]performance')).toHaveLength(1);
  });
});
