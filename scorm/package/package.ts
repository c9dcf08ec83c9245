import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import type { CompiledCourse, CourseOutline } from '../../src/content/model';
import type { TrackId } from '../../src/content/schema';
import { listFiles } from '../../tools/list-files';
import { interactionLegend, legendCsv, legendName } from './interactions-legend';
import { rootRelativeUrls, withLaunchMeta } from './launch-page';
import { manifestInfo, VERSIONS, type ScormVersion } from './manifest-info';
import { manifest12, SCHEMA_FILES_12 } from './manifest-scorm12';
import { manifest2004, SCHEMA_FILES_2004 } from './manifest-scorm2004';

const here = dirname(fileURLToPath(import.meta.url));
const DEFINITIONS = join(here, '../schemas');
const SCHEMAS = {
  scorm12: { dir: 'scorm12edition', files: SCHEMA_FILES_12, manifest: manifest12 },
  scorm2004: { dir: 'scorm20044thedition', files: SCHEMA_FILES_2004, manifest: manifest2004 },
} as const;
/** A fixed date for every zip entry, so the same build gives byte-identical packages. */
const MTIME = new Date('2026-01-01T00:00:00Z');

export interface PackageOptions {
  /** The built SCORM copy of the app (BUILD_TARGET=scorm vite build → dist/scorm-app). */
  appDir: string;
  outDir: string;
  outline: CourseOutline;
  /** When given, each zip gets its teacher's key to the interactions report next to it. */
  course?: CompiledCourse;
  tracks?: readonly TrackId[];
  versions?: readonly ScormVersion[];
  log?: (line: string) => void;
}

export interface BuiltPackage {
  name: string;
  path: string;
  track: TrackId;
  version: ScormVersion;
  bytes: number;
  manifest: string;
}

export function packageName(outline: CourseOutline, track: TrackId, version: ScormVersion): string {
  return `${outline.id}-${track}-${version}.zip`;
}

function readTree(dir: string): Map<string, Uint8Array> {
  return new Map(listFiles(dir).map((path) => [path, readFileSync(join(dir, path))]));
}

/**
 * Writes one zip per track and SCORM version: the app bound to its track by index.html's meta
 * tags, imsmanifest.xml at the root, and the schema files the manifest names; with `course`,
 * also each zip's interactions legend (<zip name>-interactions.csv). Fails when the app
 * holds a root-relative URL, which would break under an LMS's nested path.
 */
export function writePackages(o: PackageOptions): BuiltPackage[] {
  const app = readTree(o.appDir);
  const index = app.get('index.html');
  if (!index) throw new Error(`${o.appDir}/index.html is missing: build the SCORM app first`);
  if (app.has('imsmanifest.xml')) throw new Error(`${o.appDir} already holds an imsmanifest.xml`);
  const rooted = [...app].flatMap(([path, data]) =>
    /\.(html|css)$/.test(path) ? rootRelativeUrls(path, strFromU8(data)) : [],
  );
  if (rooted.length) throw new Error(`root-relative URLs would break inside an LMS:\n${rooted.join('\n')}`);

  mkdirSync(o.outDir, { recursive: true });
  const built: BuiltPackage[] = [];
  for (const track of o.tracks ?? o.outline.tracks.map((t) => t.id))
    for (const version of o.versions ?? VERSIONS) {
      const schema = SCHEMAS[version];
      const manifest = schema.manifest(manifestInfo(o.outline, track, version, [...app.keys()]));
      const entries: Zippable = { 'imsmanifest.xml': strToU8(manifest) };
      for (const [path, data] of app)
        entries[path] = path === 'index.html' ? strToU8(withLaunchMeta(strFromU8(index), version, track)) : data;
      for (const file of schema.files) entries[file] = readFileSync(join(DEFINITIONS, schema.dir, file));
      const zip = zipSync(entries, { level: 9, mtime: MTIME });
      const name = packageName(o.outline, track, version);
      const path = join(o.outDir, name);
      writeFileSync(path, zip);
      built.push({ name, path, track, version, bytes: zip.length, manifest });
      o.log?.(`  ${name}  ${(zip.length / 1024).toFixed(1)} kB`);
      if (o.course)
        writeFileSync(join(o.outDir, legendName(name)), legendCsv(interactionLegend(o.course, track, version)));
    }
  return built;
}
