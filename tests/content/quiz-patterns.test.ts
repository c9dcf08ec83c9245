import { describe, expect, it } from 'vitest';
import { boundViolations, coursePatterns, QUIZ_BOUNDS } from '../../src/content/quiz-patterns';
import { realCourse } from '../helpers/mini-course';

/**
 * Issue 12, item 2: over each track's practice quizzes, the patterns that give answers away stay
 * within QUIZ_BOUNDS (true/false « Faux » ≤ 60 %, right answer the longest option ≤ 40 %,
 * « all but one » multiple choice ≤ 50 %, no notion asked twice). `npm run validate -- --stats`
 * prints the same figures.
 */
const patterns = coursePatterns(realCourse());

describe('quizzes that test', () => {
  it.each(Object.keys(patterns))('the %s track gives no answer away by its shape', (track) => {
    const p = patterns[track]!;
    expect(p.questions, 'a track has practice questions').toBeGreaterThan(0);
    expect(boundViolations(p), JSON.stringify(QUIZ_BOUNDS)).toEqual([]);
  });
});
