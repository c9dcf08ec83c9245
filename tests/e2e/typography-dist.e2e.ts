import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { outline, stepLoaders } from 'virtual:course';
import en from '../../src/i18n/locales/en.json';
import fr from '../../src/i18n/locales/fr.json';
import type { StepContent } from '../../src/content/model';
import { COURSE_NON_TEXT_KEYS } from '../../src/content/typeset-tree';
import { scanStrings } from '../helpers/typography-faults';

/**
 * Issue 12, item 1, on the files a learner downloads (dist/web, built by `npm run build`): each
 * step chunk is imported as the browser would and scanned for typography faults, and every text
 * string of the outline and of the French locale is found, as typeset, among the string literals
 * of the entry bundle. The content test scans those strings; this proves they are what shipped.
 */
const ASSETS = resolve('dist/web/assets');
const files = readdirSync(ASSETS);

/** Every string literal and template text of a JavaScript file, as the engine reads them. */
function literals(file: string): Set<string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const out = new Set<string>();
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n)) out.add(n.text);
    ts.forEachChild(n, visit);
  };
  visit(source);
  return out;
}

/** The text strings of a value, skipping machine values (ids, URLs, enums). */
function texts(value: unknown, nonText: ReadonlySet<string>, key = ''): string[] {
  if (typeof value === 'string') return nonText.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => texts(v, nonText, key));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => texts(v, nonText, k));
  return [];
}

describe('French typography in dist/web', () => {
  it.each(Object.keys(stepLoaders))('ships the step chunk %s typeset, as the build compiled it', async (stepId) => {
    const file = files.find((f) => f.startsWith(`${stepId}-`) && f.endsWith('.js'));
    expect(file, `no chunk for ${stepId} in dist/web: run npm run build`).toBeDefined();
    const built = ((await import(pathToFileURL(join(ASSETS, file!)).href)) as { default: StepContent }).default;
    expect(built).toEqual((await stepLoaders[stepId]!()).default);
    expect(scanStrings(built, stepId, COURSE_NON_TEXT_KEYS)).toEqual([]);
  });

  it('ships the outline and the French locale typeset in the entry bundle, and English as written', () => {
    const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync('dist/web/index.html', 'utf8'))?.[1];
    const shipped = literals(join(ASSETS, entry!));
    const french = [...texts(outline, COURSE_NON_TEXT_KEYS), ...texts(fr, new Set())];
    expect(french.length).toBeGreaterThan(100);
    expect(french.filter((s) => !shipped.has(s))).toEqual([]);
    expect(scanStrings([...french], 'bundle', new Set())).toEqual([]);
    // English is shipped exactly as written: straight apostrophes, no French spacing.
    const english = texts(en, new Set());
    expect(english.filter((s) => !shipped.has(s))).toEqual([]);
    expect(english.some((s) => s.includes("'"))).toBe(true);
  });
});
