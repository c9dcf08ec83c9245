/**
 * `npm run lms [-- --port 8765 --zips dist/scorm --data .lms-data]`: a local stand-in for Moodle.
 * It serves a page (external script only, under a strict CSP) that lists the built packages,
 * launches one in an iframe from the Moodle-like path /pluginfile.php/1/mod_scorm/content/1/,
 * hosts the SCORM API with scorm-again, and keeps each package's LMS data in a JSON file so a
 * relaunch resumes — from any browser, since the data lives on this server.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { strFromU8, unzipSync } from 'fflate';
import { MIME } from '../../tools/mime';
import { filePath, listen, memorySource, NO_FILES, send, serveFile, type FileSource } from '../../tools/static-files';

const here = dirname(fileURLToPath(import.meta.url));
export const CONTENT_PATH = '/pluginfile.php/1/mod_scorm/content/1/';
const PACKAGE_NAME = /^[\w.-]+\.zip$/;
const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'";

export interface PreviewOptions {
  port?: number;
  host?: string;
  zipsDir?: string;
  dataDir?: string;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

interface Mounted {
  name: string;
  files: FileSource;
  launch: string;
}

/** The launch file named by the manifest's SCO resource, as Moodle reads it. */
function launchHref(manifest: string): string {
  const sco = /<resource\b[^>]*adlcp:scorm[Tt]ype="sco"[^>]*>/.exec(manifest)?.[0] ?? '';
  return /\bhref="([^"]+)"/.exec(sco)?.[1] ?? 'index.html';
}

export async function startPreview(o: PreviewOptions = {}): Promise<PreviewServer> {
  const zipsDir = resolve(o.zipsDir ?? 'dist/scorm');
  const dataDir = resolve(o.dataDir ?? '.lms-data');
  mkdirSync(dataDir, { recursive: true });
  const bundle = await build({
    entryPoints: [join(here, 'page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const pageJs = bundle.outputFiles[0]!.text;
  const pageHtml = readFileSync(join(here, 'page.html'));
  const pageCss = readFileSync(join(here, 'page.css'));
  let mounted: Mounted | null = null;

  const packages = () =>
    existsSync(zipsDir)
      ? readdirSync(zipsDir)
          .filter((n) => PACKAGE_NAME.test(n))
          .sort()
          .map((name) => ({
            name,
            version: name.includes('scorm2004') ? 'scorm2004' : 'scorm12',
            bytes: statSync(join(zipsDir, name)).size,
            hasData: readdirSync(dataDir).some((f) => f === `${name}.json` || f.startsWith(`${name}--`)),
          }))
      : [];
  const known = (name: string) => PACKAGE_NAME.test(name) && packages().some((p) => p.name === name);

  const json = (res: ServerResponse, status: number, value: unknown) =>
    send(res, status, JSON.stringify(value), MIME['.json']!);
  const body = (req: IncomingMessage) =>
    new Promise<string>((ok, ko) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > 2_000_000) ko(new Error('too large'));
        else chunks.push(c);
      });
      req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
      req.on('error', ko);
    });

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://preview');
    const path = url.pathname;
    if (req.method === 'GET' && (path === '/' || path === '/index.html'))
      return send(res, 200, pageHtml, MIME['.html']!, { 'content-security-policy': PAGE_CSP });
    if (req.method === 'GET' && path === '/preview.js') return send(res, 200, pageJs, MIME['.js']!);
    if (req.method === 'GET' && path === '/preview.css') return send(res, 200, pageCss, MIME['.css']!);
    if (req.method === 'GET' && path === '/api/packages') return json(res, 200, packages());

    const mount = /^\/api\/mount\/([^/]+)$/.exec(path);
    if (mount && req.method === 'POST') {
      const name = decodeURIComponent(mount[1]!);
      if (!known(name)) return json(res, 404, { error: 'unknown package' });
      const files = new Map(Object.entries(unzipSync(readFileSync(join(zipsDir, name)))));
      const manifest = files.get('imsmanifest.xml');
      if (!manifest) return json(res, 422, { error: 'no imsmanifest.xml at the root of the zip' });
      mounted = { name, files: memorySource(files), launch: launchHref(strFromU8(manifest)) };
      return json(res, 200, { name, launch: CONTENT_PATH + mounted.launch });
    }

    const data = /^\/api\/data\/([^/]+)$/.exec(path);
    if (data) {
      const name = decodeURIComponent(data[1]!);
      if (!known(name)) return json(res, 404, { error: 'unknown package' });
      // One record per package and learner, as an LMS keeps one attempt per user: `?learner=`
      // picks whose (a slug); without it, the preview's default learner.
      const learner = url.searchParams.get('learner') ?? '';
      if (learner && !/^[a-z0-9-]{1,40}$/.test(learner)) return json(res, 400, { error: 'learner must be a slug' });
      const file = join(dataDir, learner ? `${name}--${learner}.json` : `${name}.json`);
      if (req.method === 'GET')
        return existsSync(file) ? send(res, 200, readFileSync(file), MIME['.json']!) : json(res, 200, {});
      if (req.method === 'PUT') {
        const text = await body(req);
        JSON.parse(text);
        writeFileSync(file, text);
        return json(res, 200, { saved: true });
      }
      if (req.method === 'DELETE') {
        // Without a learner: every learner's record of the package, as « Effacer les données » says.
        for (const f of readdirSync(dataDir))
          if (learner ? join(dataDir, f) === file : f === `${name}.json` || f.startsWith(`${name}--`))
            rmSync(join(dataDir, f), { force: true });
        return json(res, 200, { deleted: true });
      }
    }

    // The mounted package's files, fresh at each launch as Moodle serves them (no-store).
    if (path.startsWith(CONTENT_PATH))
      return serveFile(req, res, mounted?.files ?? NO_FILES, filePath(path, CONTENT_PATH), {
        cacheControl: () => 'no-store',
      });
    return send(res, 404, 'not found');
  }

  const { url, close } = await listen(
    (req, res) => route(req, res).catch((e: unknown) => json(res, 400, { error: (e as Error).message })),
    { port: o.port ?? 8765, host: o.host ?? '127.0.0.1' },
  );
  return { url, close };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `npm run lms -- [--port 8765] [--zips dist/scorm] [--data .lms-data]`
  const { values: arg } = parseArgs({
    options: {
      port: { type: 'string', default: '8765' },
      zips: { type: 'string' },
      data: { type: 'string' },
    },
  });
  startPreview({ port: Number(arg.port), zipsDir: arg.zips, dataDir: arg.data })
    .then(({ url }) => {
      console.log(`Preview LMS on ${url}`);
      console.log(`  packages from ${resolve(arg.zips ?? 'dist/scorm')} (run \`npm run scorm\` to build them)`);
      console.log(`  LMS data kept in ${resolve(arg.data ?? '.lms-data')}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
