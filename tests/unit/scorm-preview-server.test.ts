// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_PATH, startPreview, type PreviewServer } from '../../scorm/preview/server';

let work: string;
let server: PreviewServer;
const ZIP = 'cours-2h-scorm12.zip';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'preview-'));
  mkdirSync(join(work, 'zips'));
  const manifest =
    '<manifest><resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="start/page.html"/></resources></manifest>';
  writeFileSync(
    join(work, 'zips', ZIP),
    zipSync({
      'imsmanifest.xml': strToU8(manifest),
      'start/page.html': strToU8('<h1>SCO</h1>'),
      'start/a b.js': strToU8('1'),
    }),
  );
  writeFileSync(join(work, 'zips', 'notes.txt'), 'not a package');
  server = await startPreview({ port: 0, zipsDir: join(work, 'zips'), dataDir: join(work, 'data') });
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);

describe('the preview LMS server', () => {
  it('serves its page with an external script only, under a CSP that forbids inline script', async () => {
    const page = await get('/');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toMatch(/<script type="module" src="\/preview\.js"><\/script>/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const js = await get('/preview.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await js.text()).length).toBeGreaterThan(10_000);
  });

  it('lists only the zips', async () => {
    const list = (await (await get('/api/packages')).json()) as { name: string; version: string }[];
    expect(list).toEqual([expect.objectContaining({ name: ZIP, version: 'scorm12', hasData: false })]);
  });

  it('mounts a package under the Moodle-like path and launches the file its manifest names', async () => {
    expect((await get(`${CONTENT_PATH}start/page.html`)).status).toBe(404);
    const mounted = (await (await get(`/api/mount/${ZIP}`, { method: 'POST' })).json()) as { launch: string };
    expect(mounted.launch).toBe('/pluginfile.php/1/mod_scorm/content/1/start/page.html');
    const page = await get(mounted.launch);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toBe('<h1>SCO</h1>');
    expect(await (await get(`${CONTENT_PATH}start/a%20b.js`)).text()).toBe('1');
  });

  it('serves the mounted files fresh and nosniff, and only below the content path', async () => {
    await get(`/api/mount/${ZIP}`, { method: 'POST' });
    const manifest = await get(`${CONTENT_PATH}imsmanifest.xml`);
    expect([manifest.status, manifest.headers.get('cache-control')]).toEqual([200, 'no-store']);
    expect(manifest.headers.get('x-content-type-options')).toBe('nosniff');
    // The same file named through an escaped `..` (fetch keeps `%2f` as is): refused.
    expect((await get(`${CONTENT_PATH}start/..%2fimsmanifest.xml`)).status).toBe(404);
  });

  it('keeps LMS data per package, and refuses names that are not listed packages', async () => {
    expect(await (await get(`/api/data/${ZIP}`)).json()).toEqual({});
    const data = { 'cmi.core.exit': 'suspend', 'cmi.suspend_data': 'A100' };
    expect((await get(`/api/data/${ZIP}`, { method: 'PUT', body: JSON.stringify(data) })).status).toBe(200);
    expect(await (await get(`/api/data/${ZIP}`)).json()).toEqual(data);
    expect(((await (await get('/api/packages')).json()) as { hasData: boolean }[])[0]!.hasData).toBe(true);
    for (const name of ['notes.txt', '..%2F..%2Fpackage.json', 'x.zip'])
      expect((await get(`/api/data/${name}`, { method: 'PUT', body: '{}' })).status).toBe(404);
    expect((await get(`/api/data/${ZIP}`, { method: 'PUT', body: 'not json' })).status).toBe(400);
    await get(`/api/data/${ZIP}`, { method: 'DELETE' });
    expect(await (await get(`/api/data/${ZIP}`)).json()).toEqual({});
  });
});
