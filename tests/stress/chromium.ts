import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/browser';

/**
 * A Chromium we start ourselves on a profile folder, so that we hold its process and can kill
 * it with SIGKILL (no shutdown, no flush, no pagehide), as a crash or a power cut would.
 */
export interface OwnedBrowser {
  browser: Browser;
  context: BrowserContext;
  kill(): Promise<void>;
  close(): Promise<void>;
}

export async function startOwnedBrowser(profile: string): Promise<OwnedBrowser> {
  const child: ChildProcess = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    {
      detached: true, // its own process group, so the kill reaches every Chromium process
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const ws = await new Promise<string>((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start:\n${err}`)), 20_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.once('exit', () => fail(new Error(`Chromium exited:\n${err}`)));
  });
  const browser = await chromium.connectOverCDP(ws);
  const context = browser.contexts()[0]!;
  const killGroup = async () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    await exited;
  };
  return {
    browser,
    context,
    kill: killGroup,
    close: async () => {
      await browser.close().catch(() => {});
      await killGroup();
    },
  };
}
