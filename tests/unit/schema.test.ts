import { describe, expect, it } from 'vitest';
import { formatError, parseCourse } from '../../src/content/parse';

const course = {
  id: 'c',
  version: '1.0.0',
  title: 'T',
  language: 'fr',
  description: 'D',
  tracks: [
    { id: '2h', label: '2 h', title: 'A', promise: 'P', outcome: 'O', targetMinutes: 10 },
    { id: '4h', label: '4 h', title: 'B', promise: 'P', outcome: 'O', targetMinutes: 20 },
  ],
  steps: ['steps/01.json'],
};
const lesson = (extra: object = {}) => ({
  id: 'l1',
  title: 'L',
  minutes: 5,
  tracks: ['2h', '4h'],
  blocks: [{ type: 'text', body: 'x' }],
  ...extra,
});
const step = (lessons: object[]) => ({ id: 's1', number: 1, title: 'S', objective: 'O', lessons });
const files = (stepJson: unknown) =>
  new Map([
    ['course.json', JSON.stringify(course)],
    ['steps/01.json', typeof stepJson === 'string' ? stepJson : JSON.stringify(stepJson)],
  ]);
const errors = (stepJson: unknown) => {
  const r = parseCourse(files(stepJson), 'courses/c');
  return r.ok ? [] : r.errors.map(formatError);
};

describe('course parsing and validation', () => {
  it('compiles a valid course into an outline and per-step content', () => {
    const r = parseCourse(files(step([lesson()])));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.course.outline.steps[0]!.lessons[0]).toMatchObject({
      id: 'l1',
      stepId: 's1',
      tracks: ['2h', '4h'],
      questions: [],
    });
    expect(r.course.content[0]!.lessons.l1).toEqual([{ type: 'text', body: [{ t: 'p', c: [{ t: 'text', v: 'x' }] }] }]);
  });

  it('names the file, the JSON path and the reason', () => {
    expect(errors(step([lesson({ minutes: 'cinq' })]))).toEqual([
      'courses/c/steps/01.json › lessons[0].minutes: Invalid input: expected number, received string',
    ]);
  });

  it('rejects an image without alt text', () => {
    expect(errors(step([lesson({ blocks: [{ type: 'image', src: 'media/a.png', alt: ' ' }] })]))).toEqual([
      'courses/c/steps/01.json › lessons[0].blocks[0].alt: alt text is required (or mark the image "decorative": true)',
    ]);
  });

  it('rejects a quiz question without a right answer', () => {
    const quiz = {
      type: 'quiz',
      id: 'q',
      questions: [
        {
          id: 'q1',
          kind: 'single',
          prompt: 'P',
          options: [
            { id: 'a', text: 'A', correct: false, feedback: 'F' },
            { id: 'b', text: 'B', correct: false, feedback: 'F' },
          ],
        },
      ],
    };
    expect(errors(step([lesson({ blocks: [quiz] })]))).toEqual([
      'courses/c/steps/01.json › lessons[0].blocks[0].questions[0].options: has no right answer',
    ]);
  });

  it('rejects non-cumulative tracks and duplicate ids across the course', () => {
    expect(errors(step([lesson({ tracks: ['2h'] }), lesson()]))).toEqual([
      'courses/c/steps/01.json › lessons[0].tracks: tracks are cumulative: a lesson in "2h" must also list "4h"',
      'courses/c/steps/01.json › lessons[1].id: duplicate id "l1" (first used at courses/c/steps/01.json › lessons[0].id)',
    ]);
  });

  it('reports broken JSON with the parser reason', () => {
    const e = errors('{ "id": ');
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^courses\/c\/steps\/01\.json › \(root\): invalid JSON: /);
  });

  it('rejects a case not marked fictional and an unknown block type', () => {
    expect(
      errors(
        step([
          lesson({
            blocks: [
              { type: 'case', title: 'C', body: 'B' },
              { type: 'video', src: 'x' },
            ],
          }),
        ]),
      ),
    ).toEqual([
      'courses/c/steps/01.json › lessons[0].blocks[0].fictional: an illustrative case must be marked "fictional": true',
      "courses/c/steps/01.json › lessons[0].blocks[1].type: Invalid discriminator value. Expected 'text' | 'image' | 'callout' | 'figures' | 'quiz' | 'reflection' | 'exercise' | 'action-plan' | 'checklist' | 'case' | 'resources' | 'roadmap' | 'assessment'",
    ]);
  });
});
