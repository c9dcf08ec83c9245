import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CompiledCourse } from '../../src/content/model';
import { loadCourseDir } from '../../tools/load-course';

/**
 * The fixture course with a final assessment: 3 tracks (12 h with a pass mark of 0.8), 2 steps of
 * 3 bank questions each (every kind), an assessment lesson drawing 5 questions, at least 2 per
 * step, at most 3 attempts. Small enough to take whole in an e2e test.
 */
export const ASSESSMENT_COURSE_DIR = resolve('tests/fixtures/assessment-course');

export function assessmentCourse(): CompiledCourse {
  const r = loadCourseDir(ASSESSMENT_COURSE_DIR);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file} › ${e.path}: ${e.message}`).join('\n'));
  return r.course;
}

/** The fixture's files, parsed, by path relative to the course folder: tests edit copies of them. */
export function assessmentCourseFiles(): Map<string, unknown> {
  const files = new Map<string, unknown>();
  files.set('course.json', JSON.parse(readFileSync(join(ASSESSMENT_COURSE_DIR, 'course.json'), 'utf8')));
  for (const name of readdirSync(join(ASSESSMENT_COURSE_DIR, 'steps')))
    files.set(`steps/${name}`, JSON.parse(readFileSync(join(ASSESSMENT_COURSE_DIR, 'steps', name), 'utf8')));
  return files;
}
