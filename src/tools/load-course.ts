import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCourse, type ParseResult } from '../content/parse.ts';

/** Reads every JSON file of a course folder and parses it; paths in errors are repo-relative. */
export function loadCourseDir(dir: string, cwd = process.cwd()): ParseResult {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) files.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
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
