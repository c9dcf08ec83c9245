import { resolve } from 'node:path';
import type { CompiledCourse } from '../../src/content/model';
import { loadCourseDir } from '../../tools/load-course';

/** Where the fixture that feeds every part of the feuille de route and the 12 h dossier lives. */
export const DOCUMENT_COURSE_DIR = resolve('tests/fixtures/document-course');

/** That fixture compiled as the player gets it (header in steps 1–2, action plan in 3, documents in 4). */
export function documentCourse(): CompiledCourse {
  const r = loadCourseDir(DOCUMENT_COURSE_DIR);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file} › ${e.path}: ${e.message}`).join('\n'));
  return r.course;
}
