/**
 * `npm run budget [-- --dist dist/web --js 100000 --css 20000]`, a step of `npm test` after the
 * build: gzip bytes of the first screen's JS and CSS, from Vite's build manifest, against the
 * budgets of first-screen.ts. Prints one line each and exits 1 when either is over. The flags
 * only exist to show the check failing on purpose; npm test uses the defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BUDGETS, checkBudgets, formatLine, gzipSize, preloadedBeyond, type BuildManifest } from './first-screen';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist/web' },
    js: { type: 'string', default: String(BUDGETS.js) },
    css: { type: 'string', default: String(BUDGETS.css) },
  },
});
const manifestPath = join(values.dist, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: run \`npm run build\` first (build.manifest must be on).`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BuildManifest;
const lines = checkBudgets(manifest, (f) => readFileSync(join(values.dist, f)), {
  js: Number(values.js),
  css: Number(values.css),
});
for (const l of lines) console.log(formatLine(l));
const html = join(values.dist, 'index.html');
const preloaded = existsSync(html) ? preloadedBeyond(readFileSync(html, 'utf8'), lines[0]!.files) : [];
if (preloaded.length) {
  const bytes = preloaded.reduce((n, f) => n + gzipSize(readFileSync(join(values.dist, f))), 0);
  console.log(
    `not in the budget: ${bytes.toLocaleString('en-US')} B gzip more that index.html preloads beside the entry (${preloaded.length} chunks, the player: needed to act on the first screen, not to read it)`,
  );
}
process.exit(lines.every((l) => l.ok) ? 0 : 1);
