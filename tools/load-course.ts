import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCourse, type ContentError, type ParseResult } from '../src/content/parse.ts';
import { listFiles } from './list-files.ts';

/** Reads every JSON file of a course folder and parses it; paths in errors are repo-relative. */
export function loadCourseDir(dir: string, cwd = process.cwd()): ParseResult {
  const files = new Map<string, string>();
  for (const path of listFiles(dir)) if (path.endsWith('.json')) files.set(path, readFileSync(join(dir, path), 'utf8'));
  const result = parseCourse(files, relative(cwd, dir) || '.');
  // Checked once the content is valid, so a broken course is blamed on its one defect.
  if (!result.ok) return result;
  const missing = missingMedia(dir, files, relative(cwd, dir) || '.');
  return missing.length ? { ok: false, errors: missing } : result;
}

/** Image blocks whose `src` names no file in the course folder (the build would ship a broken image). */
function missingMedia(dir: string, files: Map<string, string>, shown: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const [name, text] of files) {
    let doc: { lessons?: { blocks?: { type?: unknown; src?: unknown }[] }[] };
    try {
      doc = JSON.parse(text);
    } catch {
      continue; // parseCourse reports the broken JSON
    }
    doc.lessons?.forEach((l, i) =>
      l.blocks?.forEach((b, j) => {
        if (b.type === 'image' && typeof b.src === 'string' && !existsSync(join(dir, b.src)))
          errors.push({
            file: `${shown}/${name}`,
            path: `lessons[${i}].blocks[${j}].src`,
            message: `no file ${b.src} in the course folder`,
          });
      }),
    );
  }
  return errors;
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
