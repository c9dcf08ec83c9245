/**
 * Lighthouse 12.2.3 on the built home page, for `npm run bench` (issues 11 and 14 ask for its
 * mobile scores). Default config: mobile form factor, simulated throttling (150 ms RTT,
 * 1.6 Mbit/s, CPU ×4), so the figures compare with PageSpeed Insights' mobile run. Each run gets
 * a fresh Debian Chromium (never a downloaded one) through chrome-launcher, as Lighthouse advises.
 * Scores vary between runs on a busy machine, so the reported run is the median by performance.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = {
  lcp: 'largest-contentful-paint',
  fcp: 'first-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;

/** One failed audit of a category, with the elements Lighthouse names (CSS selector + snippet). */
export interface FailedAudit {
  id: string;
  title: string;
  elements: { selector: string; snippet: string; label: string }[];
}

/** The figures of one Lighthouse run: scores in 0–1, lcp/fcp/tbt in ms, cls unitless. */
export interface LighthouseFigures {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: Record<keyof typeof METRICS, number | null>;
  /** Audits with a score below 1 in accessibility and best-practices (informative ones left out). */
  failed: Record<'accessibility' | 'best-practices', FailedAudit[]>;
  /** The elements that moved (Lighthouse's `layout-shifts` audit), with their share of CLS. */
  layoutShifts: { selector: string; snippet: string; score: number }[];
  /** Audits of the three categories that could not run (id: message); none of them may be weighted. */
  errored: string[];
  warnings: string[];
}

/** The median run (by performance score) and what every run gave, as written to the JSON file. */
export interface LighthouseReport {
  lighthouse: string;
  url: string;
  chromium: string;
  runs: number;
  performanceScores: (number | null)[];
  median: LighthouseFigures;
}

function failedAudits(lhr: Result, category: 'accessibility' | 'best-practices'): FailedAudit[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric')
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => {
      const items = a.details && 'items' in a.details ? (a.details.items as Record<string, unknown>[]) : [];
      const elements = items
        .map((item) => item.node as { selector?: string; snippet?: string; nodeLabel?: string } | undefined)
        .filter((n) => n !== undefined)
        .map((n) => ({ selector: n.selector ?? '', snippet: n.snippet ?? '', label: n.nodeLabel ?? '' }));
      return { id: a.id, title: a.title, elements };
    });
}

function layoutShifts(lhr: Result): LighthouseFigures['layoutShifts'] {
  const d = lhr.audits['layout-shifts']?.details;
  const items =
    d && 'items' in d ? (d.items as { node?: { selector?: string; snippet?: string }; score?: number }[]) : [];
  return items.map((i) => ({ selector: i.node?.selector ?? '?', snippet: i.node?.snippet ?? '', score: i.score ?? 0 }));
}

function figures(lhr: Result): LighthouseFigures {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]),
  );
  return {
    scores: scores as LighthouseFigures['scores'],
    metrics: metrics as LighthouseFigures['metrics'],
    failed: {
      accessibility: failedAudits(lhr, 'accessibility'),
      'best-practices': failedAudits(lhr, 'best-practices'),
    },
    layoutShifts: layoutShifts(lhr),
    errored: [...new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.map((ref) => ref.id) ?? []))]
      .map((id) => lhr.audits[id]!)
      .filter((a) => a.scoreDisplayMode === 'error')
      .map((a) => `${a.id}: ${a.errorMessage ?? ''}`),
    warnings: lhr.runWarnings,
  };
}

/** One Lighthouse navigation of `url` in a fresh headless Chromium; throws if Lighthouse does. */
async function runOnce(url: string): Promise<Result> {
  const chrome = await launch({
    chromePath: CHROMIUM,
    // chrome-launcher's defaults (no extensions, no default-apps…) plus the project's flags.
    chromeFlags: CHROMIUM_ARGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    chrome.kill();
  }
}

/**
 * Runs Lighthouse `runs` times on `url` (runs sequentially, each in its own browser), keeps the
 * run with the median performance score, writes the report as JSON to `jsonPath` and returns it.
 */
export async function lighthouseHome(url: string, jsonPath: string, runs = 3): Promise<LighthouseReport> {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(url));
  const perf = (r: Result) => r.categories.performance?.score ?? -1;
  const sorted = [...results].sort((a, b) => perf(a) - perf(b));
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const report: LighthouseReport = {
    lighthouse: median.lighthouseVersion,
    url,
    chromium: median.environment.hostUserAgent,
    runs,
    performanceScores: results.map((r) => r.categories.performance?.score ?? null),
    median: figures(median),
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

/** The lines `npm run bench` prints for a report. */
export function lighthouseLines(r: LighthouseReport): string[] {
  const s = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  const ms = (x: number | null) => (x === null ? 'n/a' : `${(x / 1000).toFixed(2)} s`);
  const { scores, metrics, failed } = r.median;
  const lines = [
    `lighthouse ${r.lighthouse} (mobile, simulated throttling), home page, median of ${r.runs} runs by performance (${r.performanceScores.map(s).join(', ')}):`,
    `  performance ${s(scores.performance)} · accessibility ${s(scores.accessibility)} · best-practices ${s(scores['best-practices'])}`,
    `  LCP ${ms(metrics.lcp)} · FCP ${ms(metrics.fcp)} · TBT ${metrics.tbt === null ? 'n/a' : `${metrics.tbt.toFixed(0)} ms`} · CLS ${metrics.cls === null ? 'n/a' : metrics.cls.toFixed(3)}`,
  ];
  for (const [category, audits] of Object.entries(failed))
    for (const a of audits) {
      lines.push(`  ${category} failed: ${a.id} (${a.title})`);
      for (const e of a.elements) lines.push(`    ${e.selector} ${e.snippet}`);
    }
  for (const shift of r.median.layoutShifts)
    lines.push(`  layout shift ${shift.score.toFixed(3)}: ${shift.selector} ${shift.snippet}`);
  for (const e of r.median.errored) lines.push(`  audit not run: ${e}`);
  for (const w of r.median.warnings) lines.push(`  warning: ${w}`);
  return lines;
}
