import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/content/parse';
import { loadCourseDir } from '../../tools/load-course';

const CORPUS = resolve('tests/fixtures/bad-courses');
const C = 'course.json';
const S1 = 'steps/01-un.json';
const S2 = 'steps/02-deux.json';

/**
 * Each folder is a small valid course with one defect. For each: the file, the JSON path and
 * the reason the validator must name (the reason may be the start of a longer message).
 */
const expected: Record<string, [file: string, path: string, reason: string]> = {
  'broken-json-course': [C, '(root)', 'invalid JSON: Expected double-quoted property name'],
  'broken-json-step': [S2, '(root)', 'invalid JSON: Expected double-quoted property name'],
  'missing-step-file': [S2, '(root)', 'file not found'],
  'course-not-object': [C, '(root)', 'Invalid input: expected object, received array'],
  'wrong-type-minutes': [S1, 'lessons[0].minutes', 'Invalid input: expected number, received string'],
  'minutes-not-integer': [S1, 'lessons[0].minutes', 'Invalid input: expected int, received number'],
  'missing-lesson-id': [S1, 'lessons[0].id', 'Invalid input: expected string, received undefined'],
  'id-not-a-slug': [S1, 'lessons[0].id', 'must be a lowercase slug (a-z, 0-9, single dashes)'],
  'duplicate-lesson-id': [
    S2,
    'lessons[0].id',
    `duplicate id "s1-a" (first used at tests/fixtures/bad-courses/duplicate-lesson-id/${S1} › lessons[0].id)`,
  ],
  'duplicate-block-id-across-steps': [S2, 'lessons[0].blocks[1].id', 'duplicate id "s1-quiz"'],
  'duplicate-option-id': [S1, 'lessons[0].blocks[1].questions[0].options[1].id', 'duplicate option id "a"'],
  'unknown-block-type': [S2, 'lessons[0].blocks[2].type', "Invalid discriminator value. Expected 'text' | 'image'"],
  'unknown-field-html': [S1, 'lessons[0]', 'Unrecognized key: "html"'],
  'quiz-without-right-answer': [S1, 'lessons[0].blocks[1].questions[0].options', 'has no right answer'],
  'single-with-two-right-answers': [
    S1,
    'lessons[0].blocks[1].questions[0].options',
    'a single question has exactly one right answer',
  ],
  'truefalse-with-other-options': [
    S1,
    'lessons[0].blocks[1].questions[0].options',
    'a truefalse question has exactly the options "true" and "false"',
  ],
  'quiz-without-questions': [S1, 'lessons[0].blocks[1].questions', 'needs at least one question'],
  'option-without-feedback': [
    S1,
    'lessons[0].blocks[1].questions[0].options[1].feedback',
    'Invalid input: expected string, received undefined',
  ],
  'lesson-in-no-track': [S2, 'lessons[0].tracks', 'a lesson belongs to at least one track'],
  'lesson-in-undeclared-track': [S2, 'lessons[0].tracks[0]', 'track "12h" is not declared in course.json'],
  'non-cumulative-tracks': [S2, 'lessons[0].tracks', 'tracks are cumulative: a lesson in "2h" must also list "4h"'],
  'lesson-without-blocks': [S2, 'lessons[0].blocks', 'a lesson has at least one block'],
  'javascript-link-in-text': [S1, 'lessons[0].blocks[0].body', 'link "ici" points to "javascript:'],
  'data-url-link-in-feedback': [
    S1,
    'lessons[0].blocks[1].questions[0].options[1].feedback',
    'link "la correction" points to "data:text/html',
  ],
  'javascript-url-in-resources': [S2, 'lessons[0].blocks[2].items[0].url', 'must be an https: or mailto: URL'],
  'image-without-alt': [S2, 'lessons[0].blocks[0].alt', 'alt text is required (or mark the image "decorative": true)'],
  'image-outside-media': [S2, 'lessons[0].blocks[0].src', 'must be a file under media/'],
  'case-not-fictional': [S2, 'lessons[0].blocks[2].fictional', 'an illustrative case must be marked "fictional": true'],
  'reflection-too-short': [S2, 'lessons[0].blocks[1].maxLength', 'Too small: expected number to be >=50'],
  'unknown-roadmap-field': [
    S2,
    'lessons[0].blocks[1].roadmapField',
    'Invalid option: expected one of "organisation"|"territory"',
  ],
  'empty-title': [S1, 'lessons[0].title', 'must not be empty'],
  'step-number-mismatch': [S2, 'number', 'is 3 but the file is step 2 in course.json'],
  'step-path-outside-course': [C, 'steps[1]', 'must be a path like steps/01-name.json'],
  'version-not-semver': [C, 'version', 'must be a semantic version like 1.0.0'],
  'unknown-language': [C, 'language', 'Invalid option: expected one of "fr"|"en"'],
};

const dirs = readdirSync(CORPUS).sort();
/** The line the validator prints, as a prefix: `file › json.path: reason`. */
const line = (dir: string) => {
  const [file, path, reason] = expected[dir]!;
  return `${relative(process.cwd(), join(CORPUS, dir, file))} › ${path}: ${reason}`;
};

describe('the bad-course corpus', () => {
  it('holds at least 20 broken courses, each with its expected error', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(20);
    expect(dirs).toEqual(Object.keys(expected).sort());
  });

  it.each(dirs)('%s is rejected, naming the file, the path and the reason', (dir) => {
    const result = loadCourseDir(join(CORPUS, dir));
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.errors.map(formatError);
    expect(
      lines.some((l) => l.startsWith(line(dir))),
      `got:\n${lines.join('\n')}`,
    ).toBe(true);
    // Only the broken file is blamed: the rest of the course is valid, so the defect is the cause.
    const file = relative(process.cwd(), join(CORPUS, dir, expected[dir]![0]));
    expect(lines.every((l) => l.startsWith(`${file} › `))).toBe(true);
  });

  it('npm run validate exits non-zero and prints every expected line', () => {
    const cli = spawnSync(
      process.execPath,
      [resolve('node_modules/tsx/dist/cli.mjs'), 'tools/validate.ts', ...dirs.map((d) => join(CORPUS, d))],
      {
        encoding: 'utf8',
      },
    );
    expect(cli.status).toBe(1);
    const printed = cli.stderr.split('\n');
    for (const dir of dirs)
      expect(
        printed.some((l) => l.startsWith(line(dir))),
        line(dir),
      ).toBe(true);
    expect(cli.stderr).not.toContain('✓');
  }, 30_000);
});
