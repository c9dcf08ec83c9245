import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCourse, type ParseResult } from '../src/content/parse.ts';
import { listFiles } from './list-files.ts';

/** Reads every JSON file of a course folder and parses it; paths in errors are repo-relative. */
export function loadCourseDir(dir: string, cwd = process.cwd()): ParseResult {
  const files = new Map<string, string>();
  for (const path of listFiles(dir)) if (path.endsWith('.json')) files.set(path, readFileSync(join(dir, path), 'utf8'));
  return parseCourse(files, relative(cwd, dir) || '.');
}

/** Every course folder under `courses/` (a folder holding a course.json). */
export function courseDirs(root: string): string[] {
  return readdirSync(root)
    .map((n) => join(root, n))
    .filter((d) => statSync(d).isDirectory() && safeExists(join(d, 'course.json')));
}

function safeExists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}
