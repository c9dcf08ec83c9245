import { describe, expect, it } from 'vitest';
import { formatError, parseCourse } from '../../src/content/parse';
import { assessmentCourse, assessmentCourseFiles } from '../helpers/assessment-course';

/** Authored JSON as a test edits it: loose on purpose, the parser is what checks it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Files = Map<string, any>;

/** Edits a copy of the fixture's files, then parses them as the validator would. */
function parseEdited(edit: (files: Files) => void) {
  const files = assessmentCourseFiles();
  edit(files);
  const text = new Map([...files].map(([k, v]) => [k, JSON.stringify(v)]));
  return parseCourse(text, 'cours');
}
const errorsOf = (edit: (files: Files) => void) => {
  const r = parseEdited(edit);
  return r.ok ? [] : r.errors.map(formatError);
};
const S1 = 'steps/01-un.json';
const S2 = 'steps/02-deux.json';
const evalBlock = (files: Files) => files.get(S2).lessons[1].blocks[1];

describe('the assessment block and its outline', () => {
  it('compiles the rule, the pass mark of the 12 h track and a check of the bank into the outline', () => {
    const { outline, bank } = assessmentCourse();
    expect(outline.assessment).toEqual({
      id: 's2-eval',
      lessonId: 's2-evaluation',
      track: '12h',
      passMark: 0.8,
      questionsPerAttempt: 5,
      minPerStep: 2,
      maxAttempts: 3,
      bankCheck: expect.stringMatching(/^[0-9a-z]{7}$/),
    });
    expect(outline.steps[1]!.lessons[1]!.assessmentId).toBe('s2-eval');
    expect(bank.map((q) => `${q.stepId}:${q.kind}`)).toEqual([
      's1-un:single',
      's1-un:truefalse',
      's1-un:matching',
      's2-deux:multiple',
      's2-deux:ordering',
      's2-deux:single',
    ]);
  });

  it('changes the bank check when an option moves, since answers are stored by position', () => {
    const before = assessmentCourse().outline.assessment!.bankCheck;
    const r = parseEdited((f) => f.get(S1).bank[0].options.reverse());
    expect(r.ok && r.course.outline.assessment!.bankCheck).not.toBe(before);
  });

  it('keeps the first screen free of the bank: the outline names no bank question', () => {
    const { outline } = assessmentCourse();
    expect(JSON.stringify(outline)).not.toContain('e1-type');
  });
});

describe('assessment errors name file › path › reason', () => {
  it.each([
    [
      'a step bank smaller than the minimum per step',
      (f: Files) => {
        f.get(S1).bank.splice(1);
        evalBlock(f).questionsPerAttempt = 4;
      },
      `cours/${S1} › bank: has 1 question(s); the assessment draws at least 2 from every step`,
    ],
    [
      'more questions per attempt than the bank holds',
      (f: Files) => (evalBlock(f).questionsPerAttempt = 7),
      `cours/${S2} › lessons[1].blocks[1].questionsPerAttempt: is more than the 6 questions of the bank`,
    ],
    [
      'a minimum per step that the attempt cannot hold',
      (f: Files) => Object.assign(evalBlock(f), { minPerStep: 3, questionsPerAttempt: 5 }),
      `cours/${S2} › lessons[1].blocks[1].minPerStep: 3 from each of 2 steps is more than questionsPerAttempt (5)`,
    ],
    [
      'an assessment lesson on the 4 h track too',
      (f: Files) => (f.get(S2).lessons[1].tracks = ['4h', '12h']),
      `cours/${S2} › lessons[1].tracks: a lesson holding the assessment belongs to the track with the pass mark only ("12h")`,
    ],
    [
      'a pass mark without an assessment',
      (f: Files) => f.get(S2).lessons[1].blocks.pop(),
      'cours/course.json › tracks[2].passMark: a track with a pass mark needs an "assessment" block in one of its lessons',
    ],
    [
      'an assessment without a pass mark',
      (f: Files) => delete f.get('course.json').tracks[2].passMark,
      `cours/${S2} › lessons[1].blocks[1]: the assessment needs exactly one track with a passMark (found 0)`,
    ],
    [
      'a second assessment',
      (f: Files) => f.get(S2).lessons[1].blocks.push({ ...evalBlock(f), id: 's2-eval-bis' }),
      `cours/${S2} › lessons[1].blocks[2]: a course has one final assessment (the first is in cours/${S2} › lessons[1].blocks[1])`,
    ],
    [
      'a minimum per step above the draw',
      (f: Files) => Object.assign(evalBlock(f), { minPerStep: 6 }),
      `cours/${S2} › lessons[1].blocks[1].minPerStep: cannot exceed questionsPerAttempt`,
    ],
    [
      'no attempt allowed',
      (f: Files) => Object.assign(evalBlock(f), { maxAttempts: 0 }),
      `cours/${S2} › lessons[1].blocks[1].maxAttempts: must be at least 1`,
    ],
  ])('reports %s', (_label, edit, line) => {
    expect(errorsOf(edit)).toEqual([line]);
  });
});
