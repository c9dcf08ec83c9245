/**
 * `npm run validate [-- --stats --json] [dir…]`: checks every course under courses/ (or the given
 * folders). Each error prints as `file › json.path: reason`; any error exits 1.
 */
import { resolve } from 'node:path';
import { courseStats } from '../content/spine.ts';
import { formatError } from '../content/parse.ts';
import { courseDirs, loadCourseDir } from './load-course.ts';

const args = process.argv.slice(2);
const stats = args.includes('--stats');
const json = args.includes('--json');
const dirs = args.filter((a) => !a.startsWith('--'));
const targets = dirs.length ? dirs.map((d) => resolve(d)) : courseDirs(resolve('courses'));

let failed = 0;
for (const dir of targets) {
  const result = loadCourseDir(dir);
  if (!result.ok) {
    failed += result.errors.length;
    for (const e of result.errors) console.error(formatError(e));
    continue;
  }
  const { outline, content } = result.course;
  const quizzes = content.reduce(
    (n, s) =>
      n +
      Object.values(s.lessons)
        .flat()
        .filter((b) => b.type === 'quiz').length,
    0,
  );
  const s = courseStats(outline, quizzes);
  if (stats && json) console.log(JSON.stringify(s));
  else if (stats)
    console.log(
      `${outline.id}: ${s.steps} steps, ${s.lessons} lessons, ${s.quizzes} quizzes, minutes ${JSON.stringify(s.minutes)}`,
    );
  else if (!json) console.error(`✓ ${outline.id} ${outline.version}`);
}
if (targets.length === 0) {
  console.error('no course found under courses/');
  failed = 1;
}
if (failed) {
  console.error(`${failed} error(s)`);
  process.exit(1);
}
