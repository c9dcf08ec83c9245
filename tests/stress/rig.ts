import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { startOwnedBrowser, type OwnedBrowser } from './chromium';
import type { KillMode } from './trial';

/**
 * The browsers the trials share, so that 30 trials fit in a few minutes on 2 cores: one
 * Playwright browser whose page is crashed, and one Chromium of our own on a profile folder
 * that is SIGKILLed; the Chromium relaunched to check a trial serves the next one.
 */
export class Rig {
  private owned: OwnedBrowser | null = null;
  private constructor(
    private readonly shared: Browser,
    private readonly crashContext: BrowserContext,
    private readonly profile: string,
  ) {}

  static async start(): Promise<Rig> {
    const shared = await launchBrowser();
    return new Rig(
      shared,
      await shared.newContext({ serviceWorkers: 'block' }),
      mkdtempSync(join(tmpdir(), 'at-stress-')),
    );
  }

  async context(mode: KillMode): Promise<BrowserContext> {
    if (mode === 'crash-page') return this.crashContext;
    this.owned ??= await startOwnedBrowser(this.profile);
    return this.owned.context;
  }

  async killBrowser(): Promise<void> {
    await this.owned?.kill();
    this.owned = null;
  }

  async relaunch(): Promise<BrowserContext> {
    this.owned = await startOwnedBrowser(this.profile);
    return this.owned.context;
  }

  async close(): Promise<void> {
    await this.owned?.close();
    await this.shared.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
