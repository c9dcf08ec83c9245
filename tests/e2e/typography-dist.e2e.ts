import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { outline, stepLoaders } from 'virtual:course';
import en from '../../src/i18n/locales/en.json';
import fr from '../../src/i18n/locales/fr.json';
import { homeOutline, type StepContent } from '../../src/content/model';
import { COURSE_NON_TEXT_KEYS } from '../../src/content/typeset-tree';
import type { BuildManifest } from '../budget/first-screen';
import { scanStrings } from '../helpers/typography-faults';

/**
 * Issue 12, item 1, on the files a learner downloads (dist/web, built by `npm run build`): each
 * step chunk is imported as the browser would and scanned for typography faults, and every text
 * string of the outline and of the French locale is found, as typeset, among the string literals
 * of the bundles that ship them (the entry, the player's chunk, the English chunk). The content
 * test scans those strings; this proves they are what shipped.
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

  it('ships the outline and the French locale typeset in their bundles, and English as written', () => {
    // The entry carries the French locale and the home's slice of the outline, the player's
    // chunk the whole outline, and English is its own chunk, fetched when chosen.
    const manifest = JSON.parse(readFileSync('dist/web/.vite/manifest.json', 'utf8')) as BuildManifest;
    const shippedBy = (src: string) => {
      expect(manifest[src], `no chunk for ${src} in dist/web: run npm run build`).toBeDefined();
      return literals(join('dist/web', manifest[src]!.file));
    };
    const entry = shippedBy('index.html');
    const player = shippedBy('app/player-root.tsx');
    const french = [...texts(outline, COURSE_NON_TEXT_KEYS), ...texts(fr, new Set())];
    expect(french.length).toBeGreaterThan(100);
    expect(texts(fr, new Set()).filter((s) => !entry.has(s))).toEqual([]);
    expect(texts(homeOutline(outline), COURSE_NON_TEXT_KEYS).filter((s) => !entry.has(s))).toEqual([]);
    expect(texts(outline, COURSE_NON_TEXT_KEYS).filter((s) => !player.has(s))).toEqual([]);
    expect(scanStrings([...french], 'bundle', new Set())).toEqual([]);
    // English is shipped exactly as written: straight apostrophes, no French spacing.
    const english = texts(en, new Set());
    const shippedEn = shippedBy('i18n/locales/en.json');
    expect(english.filter((s) => !shippedEn.has(s))).toEqual([]);
    expect(english.some((s) => s.includes("'"))).toBe(true);
  });
});
