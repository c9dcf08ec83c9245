import { resolve } from 'node:path';
import { loadCourseDir } from '../../tools/load-course';
import type { CompiledCourse } from '../../src/content/model';

/** Paths are from the project root, where vitest and tsx run. */

/** The small fixture course under tests/fixtures/mini-course, compiled as the player gets it. */
export function miniCourse(): CompiledCourse {
  const r = loadCourseDir(resolve('tests/fixtures/mini-course'));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.course;
}

export function realCourse(): CompiledCourse {
  const r = loadCourseDir(resolve('courses/alliances-territoires'));
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file} › ${e.path}: ${e.message}`).join('\n'));
  return r.course;
}
