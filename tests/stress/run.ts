/**
 * `npm run stress [-- --trials 30 --seed 1234 --lanes 2 --dist dist/web] [--sabotage]`: crash-safety
 * trials on the built app. Each trial plays a random path, kills the page or the whole browser
 * without warning, reopens the course and looks for every fact the UI had acknowledged as saved.
 * Prints one line: `trials: N, acknowledged facts: N, lost facts: N, worst restore ms: N`, and
 * exits non-zero if anything was lost, or if the trials acknowledged too little to prove anything
 * (fewer than MIN_ACKED_PER_TRIAL on average, or more than a quarter of trials with none).
 * `--sabotage` is the control: writes are dropped on purpose, and the run passes only if it
 * reports the loss.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCourseDir } from '../../tools/load-course';
import { courseIndex } from './course-index';
import { Rig } from './rig';
import { serveStatic } from '../helpers/static-server';
import { tooThin } from './floor';
import { runTrial } from './trial';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: process.env.STRESS_TRIALS ?? '30' },
    seed: { type: 'string', default: process.env.STRESS_SEED ?? String(Date.now() % 1e9) },
    course: { type: 'string', default: process.env.COURSE_DIR ?? 'courses/alliances-territoires' },
    dist: { type: 'string', default: 'dist/web' },
    lanes: { type: 'string', default: process.env.STRESS_LANES ?? '1' },
    verbose: { type: 'boolean', default: false },
    sabotage: { type: 'boolean', default: false },
  },
});

const trials = Number(values.trials);
const seed = Number(values.seed);
const dist = resolve(values.dist);
if (!existsSync(`${dist}/index.html`)) {
  console.error(`${values.dist} is missing: run \`npx vite build\` first`);
  process.exit(2);
}
const compiled = loadCourseDir(resolve(values.course));
if (!compiled.ok) throw new Error(`course ${values.course} does not validate`);
const course = courseIndex(compiled.course);

// The service worker is beside the point here and would precache the app in every fresh profile.
const server = await serveStatic(dist, { hidden: ['sw.js'], cacheAssets: true });
let lost = 0;
let lossyTrials = 0;
let acked = 0;
let silent = 0;
let worst = 0;
let errors = 0;
const started = Date.now();
console.error(`stress: ${trials} trials from seed ${seed} on ${server.url}`);

/** A lane runs every `lanes`-th trial on browsers of its own (more lanes only help with idle cores). */
async function lane(first: number, step: number) {
  const rig = await Rig.start();
  try {
    for (let i = first; i < trials; i += step) {
      try {
        const t = await runTrial({ seed: seed + i, url: server.url, course, rig, sabotage: values.sabotage });
        lost += t.lost.length;
        if (t.lost.length) lossyTrials += 1;
        acked += t.acked;
        if (t.acked === 0) silent += 1;
        worst = Math.max(worst, t.restoreMs);
        const line = `trial ${i + 1}/${trials} seed ${t.seed} ${t.mode}: ${t.actions} actions, ${t.acked} acknowledged, restore ${t.restoreMs} ms`;
        if (t.lost.length) console.error(`${line}, LOST ${t.lost.join('; ')}`);
        else if (values.verbose) console.error(line);
      } catch (e) {
        errors += 1;
        console.error(`trial ${i + 1}/${trials} error: ${(e as Error).message}`);
      }
    }
  } finally {
    await rig.close();
  }
}

const lanes = Math.max(1, Math.min(Number(values.lanes), trials));
try {
  await Promise.all(Array.from({ length: lanes }, (_, k) => lane(k, lanes)));
} finally {
  await server.close();
}
console.error(
  `stress: ${((Date.now() - started) / 1000).toFixed(0)} s${errors ? `, ${errors} trial(s) could not run` : ''}`,
);
const ran = trials - errors;
console.log(`trials: ${ran}, acknowledged facts: ${acked}, lost facts: ${lost}, worst restore ms: ${worst}`);
/** For tests/summary.ts: a clean trial counts as passed, a lossy or broken one as failed. */
const report = (name: string, passed: number, failed: number) => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync(`test-results/${name}.json`, JSON.stringify({ passed, failed, trials: ran, acked, lost }));
};
if (values.sabotage) {
  // The control: with every write dropped, a runner that sees no loss is blind.
  const seen = lost > 0 && errors === 0;
  console.log(
    seen ? `sabotage: the runner saw the loss (${lost} facts)` : 'sabotage: NO LOSS SEEN, the runner is blind',
  );
  report('stress-sabotage', seen ? 1 : 0, seen ? 0 : 1);
  process.exit(seen ? 0 : 1);
}
const thin = tooThin(acked, ran, silent);
// Too few acknowledgments prove nothing: then no trial counts as passed.
const failedTrials = thin ? ran : lossyTrials;
report('stress', ran - failedTrials, failedTrials + errors);
if (thin)
  console.error(
    `stress: too few acknowledgments to prove anything (${acked} over ${ran} trials, ${silent} with none); is the save status still exposed as data-save-status?`,
  );
process.exit(lost > 0 || errors > 0 || thin || ran === 0 ? 1 : 0);
