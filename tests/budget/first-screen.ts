import { gzipSync } from 'node:zlib';

/**
 * The first-screen byte budgets (design.md, « Performance budget »), in bytes of gzip at level 9.
 * kB here means 1000 bytes: 100 kB = 100,000 B.
 * - JS: what the browser must fetch and run before the home screen works: the entry chunk and
 *   every chunk it imports statically. Lazily imported chunks (other screens, steps, Dexie, the
 *   SCORM adapter, workbox-window) are not in it.
 * - CSS: the stylesheets of those same chunks, which block rendering. 20,000 B since the State
 *   design system (issue 11): DSFR's core (reset, typography, grid, colour tokens of both themes,
 *   the Marianne @font-face), header, footer, buttons, cards, callout, alert, badge and the icons
 *   they use, purged at build time to the classes the player writes (tools/dsfr-purge.ts),
 *   measure about 18.4 kB. The former 14,000 B (one initial TCP window, 10 × 1,460 B) cannot hold
 *   a State service's header and footer; 20,000 B keeps two windows with room for one more
 *   component, and still fails when a whole unpurged DSFR file slips in.
 */
export const BUDGETS = { js: 100_000, css: 20_000 } as const;

/** One chunk of Vite's build manifest (`build.manifest`, dist/web/.vite/manifest.json). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type BuildManifest = Record<string, ManifestChunk>;

export interface FirstScreenFiles {
  /** Output paths relative to the build folder, the entry first. */
  js: string[];
  css: string[];
}

/**
 * The files of the first screen: every entry chunk (the page has one) and the transitive closure
 * of its static `imports`, with the CSS they carry. Throws when the manifest has no entry.
 */
export function firstScreenFiles(manifest: BuildManifest): FirstScreenFiles {
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length === 0) throw new Error('the build manifest has no entry chunk');
  const seen = new Set<string>();
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest names ${key} but does not describe it`);
    js.push(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  entries.forEach(visit);
  return { js, css: [...css] };
}

/** Bytes of `data` once gzipped at level 9, as a server that compresses ahead of time sends it. */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

export interface BudgetLine {
  kind: 'JS' | 'CSS';
  bytes: number;
  budget: number;
  files: string[];
  ok: boolean;
}

/** Measures the first screen of a build against the budgets; `read` returns a built file's bytes. */
export function checkBudgets(
  manifest: BuildManifest,
  read: (file: string) => Uint8Array,
  budgets: { js: number; css: number } = BUDGETS,
): BudgetLine[] {
  const files = firstScreenFiles(manifest);
  const line = (kind: 'JS' | 'CSS', list: string[], budget: number): BudgetLine => {
    const bytes = list.reduce((n, f) => n + gzipSize(read(f)), 0);
    return { kind, bytes, budget, files: list, ok: bytes <= budget };
  };
  return [line('JS', files.js, budgets.js), line('CSS', files.css, budgets.css)];
}

const n = (x: number) => x.toLocaleString('en-US');

/** `first-screen JS: 97,512 B gzip ≤ 100,000 B budget (entry + 2 static imports)`, or OVER. */
export function formatLine(l: BudgetLine): string {
  const what = l.kind === 'JS' ? `entry + ${l.files.length - 1} static imports` : `${l.files.length} file(s)`;
  const verdict = l.ok ? `≤ ${n(l.budget)} B budget` : `OVER the ${n(l.budget)} B budget by ${n(l.bytes - l.budget)} B`;
  return `first-screen ${l.kind}: ${n(l.bytes)} B gzip ${verdict} (${what}; kB = 1000 B)`;
}

/**
 * Chunks index.html asks the browser to preload besides the entry's closure (the player, which
 * the first screen needs to react but not to be read): reported beside the budget, not in it.
 */
export function preloadedBeyond(html: string, counted: string[]): string[] {
  const links = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((m) => m[1]!);
  return links.filter((f) => !counted.includes(f));
}
