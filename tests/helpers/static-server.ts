import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentType } from '../../tools/mime';

export interface StaticServer {
  url: string;
  port: number;
  /** Serves another folder from now on, as a new deployment on the same origin would. */
  setRoot(dir: string): void;
  /** Stops listening and drops open connections: the server is gone, as when the network is. */
  close(): Promise<void>;
}

/**
 * A tiny static server of a built app, owned by one test, so the test can stop it (offline) or
 * swap the files it serves (a new version) without disturbing the shared preview server.
 */
export interface ServeOptions {
  port?: number;
  /** Files that answer 404, as if the build did not have them. */
  hidden?: string[];
  /** Let the browser keep hashed assets, as a production server does; off, every load asks. */
  cacheAssets?: boolean;
  /** Gzip text files for clients that accept it, as a production server does (Lighthouse bench). */
  gzip?: boolean;
}

export async function serveStatic(
  dir: string,
  { port = 0, hidden = [], cacheAssets = false, gzip = false }: ServeOptions = {},
): Promise<StaticServer> {
  let root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) && file !== root) file = '';
    let size = -1;
    try {
      const st = statSync(file);
      if (st.isFile()) size = st.size;
    } catch {
      // not found
    }
    if (size < 0 || hidden.includes(path.slice(1))) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // no-cache: every load asks the server, so a swapped folder is seen at once (as after a deploy).
    const immutable = cacheAssets && path.startsWith('/assets/');
    const type = contentType(file);
    const headers = {
      'content-type': type,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (gzip && /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg)/.test(type)) {
      const vary = { ...headers, vary: 'accept-encoding' };
      if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        const body = gzipSync(readFileSync(file));
        res.writeHead(200, { ...vary, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
        return;
      }
      res.writeHead(200, { ...vary, 'content-length': size });
    } else res.writeHead(200, { ...headers, 'content-length': size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    setRoot: (d) => {
      root = resolve(d);
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
