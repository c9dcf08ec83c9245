import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUDGETS,
  checkBudgets,
  firstScreenFiles,
  gzipSize,
  preloadedBeyond,
  type BuildManifest,
} from '../budget/first-screen';

/** A manifest shaped like Vite's: an entry with a static import chain, a shared chunk, lazy chunks. */
const manifest: BuildManifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js', '_facts.js'],
    dynamicImports: ['lesson.tsx'],
    css: ['assets/index.css'],
  },
  '_shared.js': { file: 'assets/shared.js', imports: ['_facts.js'], css: ['assets/shared.css'] },
  '_facts.js': { file: 'assets/facts.js' },
  'lesson.tsx': { file: 'assets/lesson.js', isDynamicEntry: true, imports: ['_shared.js'], css: ['assets/lesson.css'] },
};

let dist = '';
/** Incompressible bytes, so the gzip size is known to exceed the budget. */
const writeFake = (jsBytes: number) => {
  mkdirSync(join(dist, '.vite'), { recursive: true });
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dist, 'assets/index.js'), randomBytes(jsBytes));
  for (const f of ['shared.js', 'facts.js', 'lesson.js']) writeFileSync(join(dist, 'assets', f), 'export {}');
  for (const f of ['index.css', 'shared.css', 'lesson.css']) writeFileSync(join(dist, 'assets', f), 'body{}');
};
const runCheck = () =>
  spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'tests/budget/check.ts', '--dist', dist], {
    encoding: 'utf8',
  });

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'budget-'));
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('first-screen byte budget', () => {
  it('counts the entry and its static imports, transitively and once each, never lazy chunks', () => {
    expect(firstScreenFiles(manifest)).toEqual({
      js: ['assets/index.js', 'assets/shared.js', 'assets/facts.js'],
      css: ['assets/index.css', 'assets/shared.css'],
    });
  });

  it('names the chunks index.html preloads beyond the counted ones, so the report can show them', () => {
    const html =
      '<link rel="modulepreload" crossorigin href="./assets/player.js"><link rel="modulepreload" crossorigin href="./assets/facts.js">';
    expect(preloadedBeyond(html, ['assets/index.js', 'assets/facts.js'])).toEqual(['assets/player.js']);
  });

  it('sums gzip sizes and flags a build over budget', () => {
    const files: Record<string, string> = {
      'assets/index.js': 'a'.repeat(5000),
      'assets/shared.js': 'export const x = 1;',
      'assets/facts.js': 'export const y = 2;',
      'assets/index.css': 'body{margin:0}',
      'assets/shared.css': 'p{color:red}',
    };
    const read = (f: string) => new TextEncoder().encode(files[f]);
    const [js, css] = checkBudgets(manifest, read, { js: 60, css: 1000 });
    const expected = ['assets/index.js', 'assets/shared.js', 'assets/facts.js'].reduce(
      (n, f) => n + gzipSize(files[f]!),
      0,
    );
    expect(js).toMatchObject({ kind: 'JS', bytes: expected, ok: false });
    expect(css).toMatchObject({ kind: 'CSS', ok: true });
  });

  it('fails npm test (exit 1) and prints the figure when the entry is over 100,000 B gzip', () => {
    writeFake(BUDGETS.js + 1000);
    const r = runCheck();
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/first-screen JS: 10\d,\d{3} B gzip OVER the 100,000 B budget/);
  });

  it('passes (exit 0) when the same build fits', () => {
    writeFake(50_000);
    const r = runCheck();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/first-screen JS: 5\d,\d{3} B gzip ≤ 100,000 B budget/);
    expect(r.stdout).toMatch(/first-screen CSS: \d+ B gzip ≤ 20,000 B budget/);
  });
});
