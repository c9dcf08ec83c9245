// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filePath, listen, memorySource, serveFile, type Listening } from '../../tools/static-files';
import { serveStatic, type StaticServer } from '../helpers/static-server';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A request whose path goes on the wire as written: fetch and `new URL` would resolve `..` and
 * `%2e%2e` on the client, and the server would never see the attack. One connection each
 * (no keep-alive), so a closed server refuses the next request.
 */
function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((ok, ko) => {
    const req = request({ hostname, port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', ko);
    req.end();
  });
}

let work: string;
let site: string;
let server: StaticServer;
const SECRET = 'secret: outside the served folder';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'static-files-'));
  site = join(work, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>v1</h1>');
  writeFileSync(join(site, 'assets', 'app-1.js'), 'console.log(1);'.repeat(50));
  writeFileSync(join(site, 'sw.js'), 'self;');
  writeFileSync(join(site, 'a b.css'), 'p{}');
  // Beside the served folder: a file, and a folder whose name starts like it (`site` ⊂ `site-private`).
  writeFileSync(join(work, 'secret.txt'), SECRET);
  mkdirSync(join(work, 'site-private'));
  writeFileSync(join(work, 'site-private', 'key.txt'), SECRET);
  server = await serveStatic(site, { hidden: ['sw.js'], cacheAssets: true });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('filePath: the URL path → file path rule of every server', () => {
  it.each([
    ['/', 'index.html'],
    ['/assets/', 'assets/index.html'],
    ['/assets/app-1.js', 'assets/app-1.js'],
    ['/a%20b.css', 'a b.css'],
    ['/pluginfile.php/1/x/', 'pluginfile.php/1/x/index.html'],
  ])('maps %s to %s', (url, path) => expect(filePath(url)).toBe(path));

  it('strips the prefix of a mounted package, and refuses paths outside it', () => {
    expect(filePath('/content/1/start/page.html', '/content/1/')).toBe('start/page.html');
    expect(filePath('/content/2/start/page.html', '/content/1/')).toBeNull();
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/a/..%5c..%5cx',
    '/a/%00',
    '/a//b',
    '/%E0%A4%A',
  ])('refuses %s (dot segment, separator smuggled in an escape, NUL, empty segment, bad escape)', (url) =>
    expect(filePath(url)).toBeNull(),
  );
});

describe('a folder served by serveStatic', () => {
  it('serves index.html for / with its type, nosniff and no-cache', async () => {
    const page = await raw(server.url, '/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe('<h1>v1</h1>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await raw(server.url, '/a%20b.css')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('lets the browser keep hashed assets when cacheAssets is on', async () => {
    expect((await raw(server.url, '/assets/app-1.js')).headers['cache-control']).toContain('immutable');
  });

  it('answers 404 for a missing file, a folder without index, and a hidden file', async () => {
    expect(existsSync(join(site, 'sw.js'))).toBe(true); // control: the hidden file is there
    for (const path of ['/nope.js', '/assets', '/sw.js']) expect((await raw(server.url, path)).status).toBe(404);
  });

  it('answers 405 to a method that is not GET or HEAD, and HEAD without a body', async () => {
    expect((await raw(server.url, '/', {}, 'POST')).status).toBe(405);
    const head = await raw(server.url, '/', {}, 'HEAD');
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([200, '11', 0]);
  });

  it('refuses every path that leaves the folder, though a naive join would reach the file', async () => {
    const attacks = [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%2fsite-private%2fkey.txt',
    ];
    for (const path of attacks) {
      // Control: without the rule, decoding and joining the path lands on a real file outside.
      const naive = resolve(join(site, decodeURIComponent(path)));
      expect(naive.startsWith(site + '/'), path).toBe(false);
      expect(existsSync(naive), path).toBe(true);
      const answer = await raw(server.url, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString()).not.toContain('secret');
    }
    // Control: the same client and files, served from the parent folder, do reach the secret.
    const parent = await serveStatic(work);
    try {
      expect((await raw(parent.url, '/secret.txt')).body.toString()).toBe(SECRET);
    } finally {
      await parent.close();
    }
  });

  it('serves the new folder after setRoot, and nothing once closed (offline)', async () => {
    const v2 = join(work, 'v2');
    mkdirSync(v2);
    writeFileSync(join(v2, 'index.html'), '<h1>v2</h1>');
    const own = await serveStatic(site);
    expect((await raw(own.url, '/')).body.toString()).toBe('<h1>v1</h1>');
    own.setRoot(v2);
    expect((await raw(own.url, '/')).body.toString()).toBe('<h1>v2</h1>');
    await own.close();
    await expect(raw(own.url, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('gzips text for a client that accepts it, and only then, when gzip is on', async () => {
    const zipped = await serveStatic(site, { gzip: true });
    try {
      const js = await raw(zipped.url, '/assets/app-1.js', { 'accept-encoding': 'gzip, br' });
      expect(js.headers['content-encoding']).toBe('gzip');
      expect(js.headers.vary).toBe('accept-encoding');
      expect(gunzipSync(js.body).toString()).toBe('console.log(1);'.repeat(50));
      const plain = await raw(zipped.url, '/assets/app-1.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe('console.log(1);'.repeat(50));
      // Control: the default server never compresses, whatever the client accepts.
      const off = await raw(server.url, '/assets/app-1.js', { 'accept-encoding': 'gzip' });
      expect(off.headers['content-encoding']).toBeUndefined();
    } finally {
      await zipped.close();
    }
  });
});

describe('a zip held in memory, served under a prefix', () => {
  let mem: Listening;
  beforeAll(async () => {
    const files = new Map([
      ['index.html', new TextEncoder().encode('<p>sco</p>')],
      ['lib/a.js', new TextEncoder().encode('1')],
    ]);
    mem = await listen((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x').pathname;
      serveFile(req, res, memorySource(files), filePath(url, '/content/'), { cacheControl: () => 'no-store' });
    });
  });
  afterAll(() => mem.close());

  it('serves its files with their types, and refuses traversal as the folder does', async () => {
    const js = await raw(mem.url, '/content/lib/a.js');
    expect([js.status, js.headers['content-type'], js.headers['cache-control']]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'no-store',
    ]);
    expect((await raw(mem.url, '/content/')).body.toString()).toBe('<p>sco</p>');
    expect((await raw(mem.url, '/content/lib/..%2findex.html')).status).toBe(404);
    expect((await raw(mem.url, '/other/lib/a.js')).status).toBe(404);
  });
});

describe('listen', () => {
  it('answers 500 when the handler throws, and keeps serving', async () => {
    let calls = 0;
    const s = await listen(() => {
      calls += 1;
      throw new Error('boom');
    });
    try {
      expect((await raw(s.url, '/')).status).toBe(500);
      expect((await raw(s.url, '/')).status).toBe(500);
      expect(calls).toBe(2);
    } finally {
      await s.close();
    }
  });
});
