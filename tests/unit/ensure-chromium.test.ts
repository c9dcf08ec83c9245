import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPlan, type ChromiumSituation } from '../ensure-chromium';

const none = () => false;
const situation = (s: Partial<ChromiumSituation>): ChromiumSituation => ({
  envPath: undefined,
  exists: none,
  isRoot: false,
  hasApt: true,
  ...s,
});

describe('npm test brings its browser', () => {
  it('uses Debian’s Chromium when it is there', () => {
    const plan = chromiumPlan(situation({ exists: (p) => p === '/usr/bin/chromium' }));
    expect(plan).toEqual({ kind: 'ready', path: '/usr/bin/chromium' });
  });

  it('installs it with apt when running as root on a machine without it', () => {
    expect(chromiumPlan(situation({ isRoot: true }))).toEqual({ kind: 'install' });
  });

  it('stops with one line naming the package when it cannot install (not root, or no apt)', () => {
    for (const s of [situation({ isRoot: false }), situation({ isRoot: true, hasApt: false })]) {
      const plan = chromiumPlan(s);
      expect(plan.kind).toBe('stop');
      if (plan.kind === 'stop') {
        expect(plan.line).toContain('apt-get install -y chromium');
        expect(plan.line).not.toContain('\n');
      }
    }
  });

  it('never installs over an explicit CHROMIUM_PATH that is missing', () => {
    const plan = chromiumPlan(situation({ envPath: '/opt/none/chrome', isRoot: true }));
    expect(plan).toEqual({ kind: 'stop', line: expect.stringContaining('CHROMIUM_PATH=/opt/none/chrome') });
  });

  it('exits 1 at once with a single line on stderr when the browser is missing', () => {
    const r = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'tests/ensure-chromium.ts'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'npm test needs Chromium: CHROMIUM_PATH=/nonexistent/chromium does not exist.',
    ]);
  });
});
