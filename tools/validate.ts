/**
 * `npm run validate [-- --stats] [-- --json] [-- --lessons] [dir…]`: checks every course under
 * courses/ (or the given folders). Each error prints as `file › json.path: reason`; any error
 * exits 1. `--stats` adds one line per course and one per track for its quiz patterns
 * (src/content/quiz-patterns.ts); with `--json`, one JSON object, `quizPatterns` keyed by track.
 * `--lessons` adds a table of each lesson's declared minutes against its estimate (see
 * src/content/estimate.ts).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bankPerStep, lessonEstimates, trackLoad, withinTolerance } from '../src/content/estimate.ts';
import { formatError } from '../src/content/parse.ts';
import { coursePatterns, type QuizPatterns } from '../src/content/quiz-patterns.ts';
import { courseStats } from '../src/content/spine.ts';
import type { CompiledCourse } from '../src/content/model.ts';
import { courseDirs, loadCourseDir } from './load-course.ts';

const { values: opts, positionals: dirs } = parseArgs({
  options: { stats: { type: 'boolean' }, json: { type: 'boolean' }, lessons: { type: 'boolean' } },
  allowPositionals: true,
});
const targets = dirs.length ? dirs.map((d) => resolve(d)) : courseDirs(resolve('courses'));

/** The stats line: structure, declared minutes, and per track the reading, activities and estimate. */
function stats(course: CompiledCourse) {
  const { outline, content, bank } = course;
  const quizzes = content.reduce(
    (n, s) =>
      n +
      Object.values(s.lessons)
        .flat()
        .filter((b) => b.type === 'quiz').length,
    0,
  );
  const estimates = lessonEstimates(course);
  const loads = Object.fromEntries(outline.tracks.map((t) => [t.id, trackLoad(outline, estimates, t.id)]));
  const pick = (k: 'words' | 'activities' | 'estimate') =>
    Object.fromEntries(Object.entries(loads).map(([t, l]) => [t, l[k]]));
  return {
    ...courseStats(outline, quizzes),
    estimate: pick('estimate'),
    words: pick('words'),
    activities: pick('activities'),
    lessonsOffEstimate: estimates.filter((e) => !withinTolerance(e)).length,
    bank: bankPerStep(outline, bank),
    quizPatterns: coursePatterns(course),
  };
}

/** One track's quiz patterns in a few words: hits/count for each bounded pattern, then repeats. */
function patternLine(p: QuizPatterns): string {
  const r = (s: { hits: number; count: number }) => `${s.hits}/${s.count}`;
  return `Faux ${r(p.answerFalse)}, longest right ${r(p.rightIsLongest)}, all-but-one ${r(p.allButOne)}, repeats ${p.repeats.length}`;
}

let failed = 0;
for (const dir of targets) {
  const result = loadCourseDir(dir);
  if (!result.ok) {
    failed += result.errors.length;
    for (const e of result.errors) console.error(formatError(e));
    continue;
  }
  const { outline } = result.course;
  if (opts.stats && opts.json) console.log(JSON.stringify(stats(result.course)));
  else if (opts.stats) {
    const s = stats(result.course);
    console.log(
      `${outline.id}: ${s.steps} steps, ${s.lessons} lessons, ${s.quizzes} quizzes, minutes ${JSON.stringify(s.minutes)}, ` +
        `estimate ${JSON.stringify(s.estimate)}, words ${JSON.stringify(s.words)}, activities ${JSON.stringify(s.activities)}, ` +
        `${s.lessonsOffEstimate} lesson(s) off estimate, bank ${JSON.stringify(s.bank)}`,
    );
    for (const [track, p] of Object.entries(s.quizPatterns)) console.log(`  quiz patterns ${track}: ${patternLine(p)}`);
  }
  if (opts.lessons) {
    const byId = new Map(outline.steps.flatMap((s) => s.lessons.map((l) => [l.id, l])));
    console.log('lesson'.padEnd(48), 'tracks'.padEnd(10), 'declared', 'estimate', 'words', 'act', 'ok');
    for (const e of lessonEstimates(result.course))
      console.log(
        e.id.padEnd(48),
        (byId.get(e.id)?.tracks[0] ?? '').padEnd(10),
        String(e.declared).padStart(8),
        String(e.estimate).padStart(8),
        String(e.words).padStart(5),
        String(e.activities).padStart(3),
        withinTolerance(e) ? ' ok' : ' OFF',
      );
  }
  if (!opts.stats && !opts.json && !opts.lessons) console.error(`✓ ${outline.id} ${outline.version}`);
}
if (targets.length === 0) {
  console.error('no course found under courses/');
  failed = 1;
}
if (failed) {
  console.error(`${failed} error(s)`);
  process.exit(1);
}
