import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from './mime';

/**
 * The one static file server of the project, for the test servers (tests/helpers/static-server.ts)
 * and the preview LMS (scorm/preview/server.ts): where files come from (a `FileSource`), how a URL
 * becomes a file path (traversal refused), the headers of every answer, and the listen/close
 * lifecycle. Node's http only: neither sirv nor serve-handler serves a zip held in memory, and
 * neither compresses on the fly (both serve only precompressed `.gz` siblings).
 */

/** Where the files come from: a folder on disk, or a package unzipped in memory. */
export interface FileSource {
  /** The bytes of `path` (relative, `/`-separated, as `filePath` returns it), or undefined. */
  read(path: string): Uint8Array | undefined;
}

/** The files under `dir` on disk, read at each request, so a rebuilt folder is served at once. */
export function folderSource(dir: string): FileSource {
  const root = resolve(dir);
  return {
    read(path) {
      const file = resolve(join(root, path));
      // filePath already refuses `..`; this keeps the folder closed to a caller that did not use it.
      if (!file.startsWith(root + sep)) return undefined;
      try {
        return statSync(file).isFile() ? readFileSync(file) : undefined;
      } catch {
        return undefined; // not found, or not readable: both answer 404
      }
    },
  };
}

/** The files of a map keyed by relative path, e.g. a zip unzipped by fflate's `unzipSync`. */
export function memorySource(files: ReadonlyMap<string, Uint8Array>): FileSource {
  return { read: (path) => files.get(path) };
}

/** A source without files: every path answers 404 (the preview before a package is mounted). */
export const NO_FILES: FileSource = { read: () => undefined };

/**
 * The relative file path a URL path names below `prefix` (`/` by default): percent-decoded, with
 * `index.html` for a folder (`…/`). Null when the path is not below the prefix, cannot be decoded,
 * or has a segment that is `.`, `..`, empty, or holds a backslash or NUL: such a request answers
 * 404 whatever the source, so no file outside the served folder or zip is ever reached.
 */
export function filePath(urlPath: string, prefix = '/'): string | null {
  if (!urlPath.startsWith(prefix)) return null;
  let path: string;
  try {
    path = decodeURIComponent(urlPath.slice(prefix.length));
  } catch {
    return null; // malformed percent-encoding, e.g. `%E0%A4%A`
  }
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const segments = path.split('/');
  return segments.every((s) => s !== '' && s !== '.' && s !== '..' && !/[\\\0]/.test(s)) ? path : null;
}

/**
 * Ends `res` with `body`. Every answer of the project's servers goes through here, so each one has
 * its content type, `x-content-type-options: nosniff` (a file is run only as its declared type)
 * and `cache-control: no-store` unless `headers` says otherwise.
 */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'text/plain; charset=utf-8',
  headers: Record<string, string | number> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export interface ServeFileOptions {
  /** Relative paths that answer 404, as if the build did not have them (e.g. `sw.js`). */
  hidden?: readonly string[];
  /** The cache-control of a file by its relative path; `no-cache` (revalidate each load) by default. */
  cacheControl?: (path: string) => string;
  /** Gzip text files for clients that accept it, as a production server does (Lighthouse bench). */
  gzip?: boolean;
}

/** Types worth compressing: text, scripts, JSON, manifests and SVG (images and fonts already are). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg)/;

/**
 * Answers a GET or HEAD for the file `path` (from `filePath`; null answers 404) of `source`, with
 * its type from tools/mime.ts. Other methods answer 405: these servers hold files, not forms.
 */
export function serveFile(
  req: IncomingMessage,
  res: ServerResponse,
  source: FileSource,
  path: string | null,
  { hidden = [], cacheControl = () => 'no-cache', gzip = false }: ServeFileOptions = {},
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'method not allowed', undefined, { allow: 'GET, HEAD' });
  const data = path === null || hidden.includes(path) ? undefined : source.read(path);
  if (path === null || data === undefined) return send(res, 404, 'not found');
  const type = contentType(path);
  const headers: Record<string, string> = { 'cache-control': cacheControl(path) };
  if (!gzip || !COMPRESSIBLE.test(type)) return send(res, 200, data, type, headers);
  headers.vary = 'accept-encoding';
  if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return send(res, 200, data, type, headers);
  send(res, 200, gzipSync(data), type, { ...headers, 'content-encoding': 'gzip' });
}

export interface Listening {
  /** `http://host:port/`, with the port the system picked when asked for 0. */
  url: string;
  port: number;
  /** Stops listening and drops open connections: the server is gone, as when the network is. */
  close(): Promise<void>;
}

/**
 * Listens with `handler` on `host:port` (127.0.0.1 and a free port by default). A handler that
 * throws or rejects answers 500 (or drops the connection if it had started answering).
 */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
  { port = 0, host = '127.0.0.1' }: { port?: number; host?: string } = {},
): Promise<Listening> {
  const server = createServer((req, res) => {
    const fail = (e: unknown) => {
      if (res.headersSent) res.destroy();
      else send(res, 500, String((e as Error)?.message ?? e));
    };
    try {
      Promise.resolve(handler(req, res)).catch(fail);
    } catch (e) {
      fail(e);
    }
  });
  await new Promise<void>((ok, ko) => {
    server.once('error', ko);
    server.listen(port, host, ok);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
