import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/content/schema';
import { spine, stepLessons, trackMinutes } from '../../src/content/spine';
import { inlineToPlain } from '../../src/content/rich-text';
import { realCourse } from '../helpers/mini-course';

const { outline, content } = realCourse();
const blocksOf = (lessonId: string): Block[] => {
  for (const c of content) if (c.lessons[lessonId]) return c.lessons[lessonId]!;
  throw new Error(`no lesson ${lessonId}`);
};
const allBlocks = content.flatMap((c) => Object.values(c.lessons).flat());

describe('the Alliances & Territoires course', () => {
  it('validates and has the 7 steps of the brief, in order', () => {
    expect(outline.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(outline.tracks.map((t) => t.id)).toEqual(['2h', '4h', '12h']);
  });

  it.each(outline.tracks.map((t) => ({ track: t.id, target: t.targetMinutes })))(
    'lands the $track track within ±10 percent of its $target minutes',
    ({ track, target }) => {
      const minutes = trackMinutes(outline, track);
      expect(minutes).toBeGreaterThanOrEqual(target * 0.9);
      expect(minutes).toBeLessThanOrEqual(target * 1.1);
    },
  );

  it('gives every step, on the 2 h track, an objective, a fictional case, a quiz and a summary', () => {
    for (const step of outline.steps) {
      const lessons = stepLessons(step, '2h');
      const blocks = lessons.flatMap((l) => blocksOf(l.id));
      expect(lessons.length, step.id).toBeGreaterThan(0);
      expect(blocksOf(lessons[0]!.id)[0], `${step.id} opens with its objective`).toMatchObject({
        type: 'callout',
        variant: 'key',
      });
      expect(
        blocks.some((b) => b.type === 'case'),
        `${step.id} has a case`,
      ).toBe(true);
      expect(
        blocks.some((b) => b.type === 'quiz'),
        `${step.id} has a quiz`,
      ).toBe(true);
      expect(
        blocks.some((b) => b.type === 'resources'),
        `${step.id} cites its sources`,
      ).toBe(true);
    }
  });

  it('has a right answer and feedback on every option of every quiz question', () => {
    const questions = allBlocks.flatMap((b) => (b.type === 'quiz' ? b.questions : []));
    expect(questions.length).toBeGreaterThan(20);
    for (const q of questions) {
      expect(
        q.options.some((o) => o.correct),
        q.id,
      ).toBe(true);
      for (const o of q.options) expect(inlineToPlain(o.feedback).trim().length, `${q.id}/${o.id}`).toBeGreaterThan(10);
    }
  });

  it('gives every figure a source', () => {
    const figures = allBlocks.filter((b) => b.type === 'figures');
    expect(figures.length).toBeGreaterThan(0);
    for (const b of figures) expect(b.source.trim().length).toBeGreaterThan(10);
  });

  it('marks every illustrative case as fictional', () => {
    for (const b of allBlocks) if (b.type === 'case') expect(b.fictional).toBe(true);
  });

  it('puts a question or activity at least every 5 minutes of reading', () => {
    for (const track of ['2h', '4h', '12h'] as const) {
      let sinceActivity = 0;
      for (const lesson of spine(outline, track)) {
        const active = blocksOf(lesson.id).some((b) =>
          ['quiz', 'reflection', 'exercise', 'action-plan', 'checklist', 'roadmap', 'assessment'].includes(b.type),
        );
        sinceActivity = active ? 0 : sinceActivity + lesson.minutes;
        expect(sinceActivity, `${track}: ${lesson.id}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('uses only links the brief or the leaflet name', () => {
    const allowed = [/^https:\/\/(www\.)?odd17\.org/, /^https:\/\/[a-z-]+\.odd17\.org/, /^https:\/\/www\.lerameau\.fr/];
    const json = JSON.stringify(content);
    const urls = [...json.matchAll(/https:\/\/[^"\s)\\]+/g)].map((m) => m[0]);
    for (const u of urls)
      expect(
        allowed.some((r) => r.test(u)),
        u,
      ).toBe(true);
  });
});
