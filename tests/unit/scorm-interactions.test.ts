import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionOutline } from '../../src/content/model';
import { spine } from '../../src/content/spine';
import { getFact } from '../../src/progress/facts';
import { interactionLegend } from '../../scorm/package/interactions-legend';
import { courseChoices } from '../../scorm/package/suspend-budget';
import { checkCalls, type ScormVersion } from '../../scorm/preview/moodle-rules';
import { fakeLms, interactionCount, objectives, type FakeLms, type FlatCmi } from '../scorm/fake-lms';
import { launchPlayer, wrongChoice, type Player } from '../scorm/learner';
import { realCourse } from '../helpers/mini-course';

/**
 * How answers reach `cmi.interactions` on LMSs stricter than scorm-again: indices follow what the
 * LMS holds, a refused record is logged and skipped without costing the later ones, and a
 * repeated answer is written in a way a strict LMS accepts.
 */
const course = realCourse();
const { outline } = course;
const lessons2h = spine(outline, '2h');
const RESPONSE = { scorm12: 'student_response', scorm2004: 'learner_response' } as const;
/** What each version's LMS answers when a record's other fields come before (or without) its id. */
const NO_RECORD = { scorm12: '201', scorm2004: '408' } as const;

let sessions: FakeLms[] = [];
afterEach(() => {
  for (const lms of sessions) expect(checkCalls(lms.version, lms.rec.calls)).toEqual([]);
  sessions = [];
});

/**
 * scorm-again behind the rules of a strict LMS: `refuseId` says which interaction ids it refuses
 * (and with which error), and like Moodle's 2004 data model it refuses the fields of a record
 * whose id it never took, instead of creating a record without an id.
 */
function strictLms(version: ScormVersion, refuseId: (id: string, held: string[]) => string | null, saved?: FlatCmi) {
  const lms = fakeLms(version, saved);
  sessions.push(lms);
  const held = () => {
    const flat = lms.flat();
    return Array.from({ length: interactionCount(flat) }, (_, n) => String(flat[`cmi.interactions.${n}.id`]));
  };
  lms.rec.faults.refuse = (element, value) => {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (!m) return null;
    if (m[2] === 'id') return Number(m[1]) === held().length ? refuseId(value, held()) : null;
    return Number(m[1]) >= held().length ? NO_RECORD[version] : null;
  };
  return lms;
}

/** The interactions the LMS holds, in index order. */
function records(flat: FlatCmi, version: ScormVersion) {
  return Array.from({ length: interactionCount(flat) }, (_, n) => ({
    id: String(flat[`cmi.interactions.${n}.id`]),
    response: String(flat[`cmi.interactions.${n}.${RESPONSE[version]}`] ?? ''),
    result: String(flat[`cmi.interactions.${n}.result`] ?? ''),
  }));
}

const questionsOf = (count: number) => lessons2h.slice(0, count).flatMap((l) => l.questions);

async function walk(p: Player, count: number) {
  for (let i = 0; i < count; i++) {
    p.finishLesson();
    p.next();
  }
}

describe.each(['scorm12', 'scorm2004'] as const)('%s: an interaction the LMS refuses', (version) => {
  const dataError = version === 'scorm12' ? '405' : '351';

  it.each([dataError, '101'])(
    'refused with error %s: it is logged and skipped, and every later answer lands where the LMS holds its records',
    async (code) => {
      const first = questionsOf(1)[0]!;
      const lms = strictLms(version, (id) => (id === first.id ? code : null));
      const p = await launchPlayer(outline, lms, '2h');
      p.send({ type: 'track.select', track: '2h' });
      await walk(p, 3);

      const later = questionsOf(3).filter((q) => q !== first);
      expect(later.length).toBeGreaterThanOrEqual(6);
      expect(records(lms.stored()!, version).map((r) => r.id)).toEqual(later.map((q) => q.id));
      // The refused id was tried once, not again at every checkpoint, and nothing else was refused.
      expect(lms.rec.calls.filter((c) => c.fn === 'set' && c.result === 'false').map((c) => c.value)).toEqual([
        first.id,
      ]);
      expect(p.ctx().lms).toBe('ok');
      expect(p.ctx().notices).not.toContain('lms-pending');
      p.quit();
    },
  );

  it('a refused step objective does not push the other objectives out of the LMS either', async () => {
    const lms = fakeLms(version);
    sessions.push(lms);
    const firstStep = outline.steps[0]!.id;
    lms.rec.faults.refuse = (element, value) =>
      /^cmi\.objectives\.\d+\.id$/.test(element) && value === firstStep ? '101' : null;
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.finishLesson();
    p.quit();
    expect(objectives(lms.flat(), version).map((o) => o.id)).toEqual(outline.steps.slice(1).map((s) => s.id));
    expect(p.ctx().lms).toBe('finished');
  });
});

/**
 * A practice answer is recorded once now (issue 10), but a later answer to the same question can
 * still reach the LMS: another device or tab that answered it apart (its fact arrives as remote
 * facts with more tries). The adapter must then write it in a way a strict LMS accepts.
 */
function answerElsewhere(p: Player, q: QuestionOutline, choice: string[]) {
  const prev = getFact(p.ctx().progress, 'answer', q.id)!;
  const correct = choice.length === q.correct.length && choice.every((c) => q.correct.includes(c));
  p.send({
    type: 'remote.facts',
    facts: [
      { kind: 'answer', key: q.id, at: prev.at + 1, value: { choice, correct, attempts: prev.value.attempts + 1 } },
    ],
  });
}

describe('a question answered again, on an LMS that refuses a repeated interaction id', () => {
  const refuseRepeats = (id: string, held: string[]) => (held.includes(id) ? '351' : null);
  const [retried, other] = questionsOf(1) as [QuestionOutline, QuestionOutline];

  it('SCORM 2004 updates the question’s own record: one record per question, holding the latest answer', async () => {
    const lms = strictLms('scorm2004', refuseRepeats);
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'quiz.submit', questionId: retried.id, choice: wrongChoice(retried) });
    answerElsewhere(p, retried, retried.correct);
    p.send({ type: 'quiz.submit', questionId: other.id, choice: other.correct });
    const held = records(lms.stored()!, 'scorm2004');
    expect(held.map((r) => r.id)).toEqual([retried.id, other.id]);
    expect(held[0]!.result).toBe('correct');
    expect(lms.rec.calls.filter((c) => c.result === 'false')).toEqual([]);
    p.quit();

    // Another session finds the record where it is and updates it again.
    const again = strictLms('scorm2004', refuseRepeats, lms.flat());
    const q = await launchPlayer(outline, again, '2h');
    q.send({ type: 'nav.goTo', lessonId: lessons2h[0]!.id });
    answerElsewhere(q, retried, wrongChoice(retried));
    q.send({ type: 'session.pause' });
    expect(records(again.stored()!, 'scorm2004').map((r) => [r.id, r.result])).toEqual([
      [retried.id, 'incorrect'],
      [other.id, 'correct'],
    ]);
    expect(again.rec.calls.filter((c) => c.result === 'false')).toEqual([]);
    q.quit();
  });

  it('SCORM 1.2 journals each try under its own id: the question id, then id.2, id.3…', async () => {
    const lms = strictLms('scorm12', refuseRepeats);
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    p.send({ type: 'quiz.submit', questionId: retried.id, choice: wrongChoice(retried) });
    answerElsewhere(p, retried, retried.correct);
    p.send({ type: 'quiz.submit', questionId: other.id, choice: other.correct });
    p.quit();
    expect(records(lms.stored()!, 'scorm12').map((r) => [r.id, r.result])).toEqual([
      [retried.id, 'wrong'],
      [`${retried.id}.2`, 'correct'],
      [other.id, 'correct'],
    ]);
    expect(lms.rec.calls.filter((c) => c.result === 'false')).toEqual([]);
  });
});

describe.each(['scorm12', 'scorm2004'] as const)('%s: what a teacher reads in the interactions report', (version) => {
  const split = (v: string) => (v === '' ? [] : v.split(version === 'scorm12' ? ',' : '[,]'));

  it('every record is named by its question, and each response and right answer maps back to one option', async () => {
    const lms = fakeLms(version);
    sessions.push(lms);
    const p = await launchPlayer(outline, lms, '2h');
    p.send({ type: 'track.select', track: '2h' });
    const { options } = courseChoices(course);
    for (let i = 0; i < 4; i++) {
      p.tick(60);
      for (const [k, q] of p.lesson().questions.entries()) {
        const wrong = options
          .get(q.id)!
          .filter((o) => !q.correct.includes(o))
          .slice(0, 1);
        p.send({ type: 'quiz.submit', questionId: q.id, choice: k % 2 ? q.correct : wrong });
      }
      p.send({ type: 'lesson.viewedEnd' });
      p.next();
    }
    p.quit();

    const legend = interactionLegend(course, '2h', version);
    const keys = legend.map((r) => `${r.interaction} ${r.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    const flat = lms.flat();
    const held = records(flat, version);
    // One record per question: a practice answer is recorded once (issue 10).
    expect(held).toHaveLength(questionsOf(4).length);
    held.forEach((r, n) => {
      const question = version === 'scorm12' ? r.id.replace(/\.\d+$/, '') : r.id;
      const options = legend.filter((row) => row.interaction === question);
      expect(options.length, r.id).toBeGreaterThan(1);
      const pattern = String(flat[`cmi.interactions.${n}.correct_responses.0.pattern`]);
      const right = split(pattern).map((code) => options.find((o) => o.code === code));
      expect(
        right.every((o) => o?.right),
        `${r.id} right answer ${pattern}`,
      ).toBe(true);
      expect(right).toHaveLength(options.filter((o) => o.right).length);
      expect(split(r.response).length, `${r.id} response`).toBeGreaterThan(0);
      for (const code of split(r.response))
        expect(
          options.map((o) => o.code),
          `${r.id} response`,
        ).toContain(code);
    });
  });
});
