import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir`, at any depth, as `/`-separated paths relative to `dir`, sorted so that
 * outputs built from them (zips, listings) do not depend on the file system's order. One walker
 * for the build tools, the packager and the tests (Node's own recursive readdir).
 */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
