import { filePath, folderSource, listen, serveFile } from '../../tools/static-files';

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

/** Serves the folder `dir` on 127.0.0.1 through tools/static-files.ts (the preview LMS's server). */
export async function serveStatic(
  dir: string,
  { port = 0, hidden = [], cacheAssets = false, gzip = false }: ServeOptions = {},
): Promise<StaticServer> {
  let source = folderSource(dir);
  // no-cache: every load asks the server, so a swapped folder is seen at once (as after a deploy).
  const cacheControl = (path: string) =>
    cacheAssets && path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  const server = await listen(
    (req, res) => {
      const path = filePath(new URL(req.url ?? '/', 'http://x').pathname);
      serveFile(req, res, source, path, { hidden, cacheControl, gzip });
    },
    { port },
  );
  return {
    ...server,
    setRoot: (d) => {
      source = folderSource(d);
    },
  };
}
