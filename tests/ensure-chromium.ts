/**
 * The first step of `npm test`: the e2e and stress tiers drive Debian's Chromium, never a
 * downloaded browser. When it is missing, this installs it (as root, with apt) or stops the run at
 * once with one line saying what to install, instead of a wall of failed browser tests.
 * Exit codes: 0 ready, 1 missing (one line on stderr).
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** The packages that bring /usr/bin/chromium and a font to render text with. */
export const APT_PACKAGES = ['chromium', 'fonts-dejavu-core'];
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumSituation {
  /** CHROMIUM_PATH if set, else undefined (the Debian path is then expected). */
  envPath: string | undefined;
  exists: (path: string) => boolean;
  isRoot: boolean;
  hasApt: boolean;
}

export type ChromiumPlan = { kind: 'ready'; path: string } | { kind: 'install' } | { kind: 'stop'; line: string };

/**
 * What to do about the browser. An explicit CHROMIUM_PATH is never "fixed" by installing
 * Debian's package elsewhere: the learner asked for that binary, so a missing one stops the run.
 */
export function chromiumPlan(s: ChromiumSituation): ChromiumPlan {
  const path = s.envPath || DEFAULT_CHROMIUM;
  if (s.exists(path)) return { kind: 'ready', path };
  if (s.envPath) return { kind: 'stop', line: `npm test needs Chromium: CHROMIUM_PATH=${s.envPath} does not exist.` };
  if (s.isRoot && s.hasApt) return { kind: 'install' };
  return {
    kind: 'stop',
    line: `npm test needs Chromium at ${DEFAULT_CHROMIUM}: install it with \`sudo apt-get install -y ${APT_PACKAGES.join(' ')}\` (or set CHROMIUM_PATH to a Chromium binary).`,
  };
}

function run(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function main(): number {
  const situation: ChromiumSituation = {
    envPath: process.env.CHROMIUM_PATH || undefined,
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasApt: onPath('apt-get'),
  };
  const plan = chromiumPlan(situation);
  if (plan.kind === 'ready') return 0;
  if (plan.kind === 'stop') {
    console.error(plan.line);
    return 1;
  }
  console.error(`Chromium is missing: installing Debian's ${APT_PACKAGES.join(' ')} with apt-get (about a minute)…`);
  const ok =
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...APT_PACKAGES]);
  if (ok && existsSync(DEFAULT_CHROMIUM)) return 0;
  console.error(`npm test needs Chromium: \`apt-get install ${APT_PACKAGES.join(' ')}\` failed (see above).`);
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main());
