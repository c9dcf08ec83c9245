/**
 * `npm run scorm [-- --no-build]`: checks the suspend_data budgets of every track, builds the
 * SCORM copy of the app once (BUILD_TARGET=scorm → dist/scorm-app), writes one zip per track and
 * SCORM version into dist/scorm/ (each with the CSV key to its interactions report for teachers),
 * and validates each manifest against the official XSDs.
 * Any failure exits 1, so CI stops before a package an LMS would mangle.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatError } from '../../src/content/parse';
import { loadCourseDir } from '../../tools/load-course';
import { writePackages } from './package';
import {
  budgetErrors,
  budgetWarnings,
  SCORM12_AIM,
  SCORM12_LIMIT,
  SCORM2004_LIMIT,
  suspendBudget,
} from './suspend-budget';
import { validateManifest } from './validate-manifest';

// Unknown options fail loudly (parseArgs is strict), so a typo never silently rebuilds.
const { values: args } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } } });
const courseDir = resolve(process.env.COURSE_DIR ?? 'courses/alliances-territoires');
const appDir = resolve('dist/scorm-app');
const outDir = resolve('dist/scorm');

function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

console.log('[1/4] Reading the course and its suspend_data budgets');
const loaded = loadCourseDir(courseDir);
if (!loaded.ok) fail(`the course is invalid:\n${loaded.errors.map(formatError).join('\n')}`);
const course = loaded.course;
console.log(`  ${course.outline.id} ${course.outline.version}: worst-case suspend_data, in characters`);
console.log(`  track   SCORM 1.2 core          + checklists   SCORM 2004 everything`);
const errors: string[] = [];
for (const t of course.outline.tracks) {
  const b = suspendBudget(course, t.id);
  const note = b.core > SCORM12_AIM ? `  (above the ${SCORM12_AIM} aim)` : '';
  console.log(
    `  ${t.id.padEnd(6)}  ${String(b.core).padStart(9)} / ${SCORM12_LIMIT}${note.padEnd(14)}  ${String(b.withChecklists).padStart(10)}   ${String(b.full).padStart(8)} / ${SCORM2004_LIMIT}`,
  );
  errors.push(...budgetErrors(b));
  for (const w of budgetWarnings(b)) console.log(`  note: ${w}`);
}
console.log('  (SCORM 1.2 core: lessons, practice answers, and the assessment with an attempt in progress.');
console.log('   Checklists and reflections fill the room left; those that do not fit stay on the device.)');
if (errors.length) fail(errors.join('\n'));

if (args['no-build']) console.log('[2/4] Using the existing build in dist/scorm-app');
else {
  console.log('[2/4] Building the SCORM copy of the app (BUILD_TARGET=scorm)');
  const vite = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, BUILD_TARGET: 'scorm' },
  });
  if (vite.status !== 0) fail('the SCORM build failed');
}

console.log(`[3/4] Writing packages into ${outDir}`);
rmSync(outDir, { recursive: true, force: true });
let built;
try {
  built = writePackages({ appDir, outDir, outline: course.outline, course, log: (l) => console.log(l) });
} catch (e) {
  fail((e as Error).message);
}

console.log('[4/4] Validating each imsmanifest.xml against the official XSDs (xmllint-wasm, --nonet)');
for (const p of built) {
  const v = await validateManifest(p.manifest, p.version);
  if (!v.ok) fail(`${p.name}: the manifest does not validate\n${v.messages}`);
  console.log(`  ✓ ${p.name}`);
}
console.log(`\n${built.length} packages ready in ${outDir}`);
