import { describe, expect, it } from 'vitest';
import { withoutQuestionPrompts } from '../../tools/vite-plugin-course';
import { realCourse } from '../helpers/mini-course';

describe('the standalone outline', () => {
  const { outline } = realCourse();
  const questions = (o: typeof outline) => o.steps.flatMap((s) => s.lessons.flatMap((l) => l.questions));

  it('drops every question prompt (only SCORM interaction descriptions use them) and nothing else', () => {
    const web = withoutQuestionPrompts(outline);
    expect(questions(outline).length).toBeGreaterThan(0);
    expect(questions(outline).every((q) => typeof q.prompt === 'string' && q.prompt.length > 0)).toBe(true);
    expect(questions(web).some((q) => 'prompt' in q)).toBe(false);
    const { prompt: _p, ...first } = questions(outline)[0]!;
    expect(questions(web)[0]).toEqual(first);
    expect(withoutQuestionPrompts(web)).toEqual(web);
    expect(web.steps.flatMap((s) => s.lessons.map((l) => l.reflections))).toEqual(
      outline.steps.flatMap((s) => s.lessons.map((l) => l.reflections)),
    );
  });
});
