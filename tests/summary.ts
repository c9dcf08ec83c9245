/**
 * Prints one closing line over every report of this run (`tests: N passed, N failed`), so CI logs
 * end with a count that covers unit, integration, content and e2e tests, the stress trials (one
 * per trial: passed when nothing acknowledged was lost) and the stress runner's sabotage control.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of ['test-results/unit.json', 'test-results/e2e.json']) {
  if (!existsSync(f)) continue;
  const r = JSON.parse(readFileSync(f, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
for (const f of ['test-results/stress.json', 'test-results/stress-sabotage.json']) {
  if (!existsSync(f)) continue;
  const r = JSON.parse(readFileSync(f, 'utf8')) as { passed: number; failed: number };
  passed += r.passed;
  failed += r.failed;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
