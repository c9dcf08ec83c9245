/**
 * Prints one line per test stage of `npm test` and a closing total (`tests: N passed, N failed`),
 * so CI logs end with counts that cover unit, integration and content tests, e2e tests, the
 * stress trials (one per trial: passed when nothing acknowledged was lost) and the stress
 * runner's sabotage control. A stage whose report is missing fails the run: a stage that did not
 * report is not a stage that passed.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** vitest's JSON reporter (`--reporter=json`). */
const vitest = (r: {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
  skipped: r.numPendingTests + r.numTodoTests,
});
/** tests/stress/run.ts's report. */
const stress = (r: { passed: number; failed: number }) => ({ passed: r.passed, failed: r.failed, skipped: 0 });

const stages: [name: string, file: string, read: (json: never) => Counts][] = [
  ['unit, integration, content', 'test-results/unit.json', vitest],
  ['e2e', 'test-results/e2e.json', vitest],
  ['stress', 'test-results/stress.json', stress],
  ['stress sabotage control', 'test-results/stress-sabotage.json', stress],
];

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
let missing = 0;
for (const [name, file, read] of stages) {
  if (!existsSync(file)) {
    missing += 1;
    console.log(`${name}: NO REPORT (${file} is missing)`);
    continue;
  }
  const c = read(JSON.parse(readFileSync(file, 'utf8')) as never);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
}
console.log(
  `tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}` +
    (missing ? `, ${missing} stage(s) without a report` : ''),
);
process.exit(total.failed > 0 || missing > 0 || total.passed === 0 ? 1 : 0);
