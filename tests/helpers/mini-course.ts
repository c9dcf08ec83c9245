import { resolve } from 'node:path';
import { loadCourseDir } from '../../src/tools/load-course';
import type { CompiledCourse } from '../../src/content/model';

/** The small fixture course under tests/fixtures/mini-course, compiled as the player gets it. */
export function miniCourse(): CompiledCourse {
  const r = loadCourseDir(resolve(__dirname, '../fixtures/mini-course'));
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.course;
}

export function realCourse(): CompiledCourse {
  const r = loadCourseDir(resolve(__dirname, '../../courses/alliances-territoires'));
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file} › ${e.path}: ${e.message}`).join('\n'));
  return r.course;
}
