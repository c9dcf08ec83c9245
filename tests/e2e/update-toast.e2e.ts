import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/static-server';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(resolve('dist/web'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The service worker's registration waits for `window.releaseWorker()`, so the test chooses when
 * « prêt hors connexion » appears: after it has measured the page. Layout shifts are summed from
 * then on (those within 500 ms of an input excluded, as CLS does).
 */
const GATE = `
  const register = ServiceWorkerContainer.prototype.register;
  const gate = new Promise((release) => (window.releaseWorker = release));
  ServiceWorkerContainer.prototype.register = function (...args) {
    return gate.then(() => register.apply(this, args));
  };
  window.shifts = 0;
  window.watchShifts = () =>
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
    }).observe({ type: 'layout-shift' });
`;

async function openHome(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(GATE);
  const page = await context.newPage();
  await page.goto(server.url);
  // The player has taken over the prerendered page and the fonts are in: the page is settled.
  await page.waitForFunction(() => !document.getElementById('root')!.hasAttribute('data-boot'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { context, page };
}

const release = (page: Page) => page.evaluate(() => (window as unknown as { releaseWorker(): void }).releaseWorker());
const toast = (page: Page) => page.locator('[data-update="offline-ready"]');

/** Rectangles of the element and of the visible toast, in viewport pixels. */
function boxes(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const r = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
    };
    return { el: r(document.querySelector(sel)!), toast: r(document.querySelector('[data-update]')!) };
  }, selector);
}

type Box = { top: number; bottom: number; left: number; right: number };
const overlap = (a: Box, b: Box) => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

describe('the offline-ready message floats over the page', () => {
  it('appears without moving the home (no layout shift), in a status region there from the start', async () => {
    const { context, page } = await openHome({ width: 412, height: 823 });
    expect(await page.locator('[role="status"]:has(> [data-update])').count()).toBe(0);
    const status = page.locator('.update-toasts > [role="status"]');
    expect(await status.count()).toBe(1);
    const before = await page.locator('h1').boundingBox();
    await page.evaluate(() => (window as unknown as { watchShifts(): void }).watchShifts());
    await release(page);
    await toast(page).waitFor();
    expect(await status.textContent()).toContain('Le parcours est prêt à être suivi hors connexion.');
    expect(await page.locator('h1').boundingBox()).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    // Inside the window, clear of the header and its skip links.
    const { el: header, toast: box } = await boxes(page, 'header');
    expect(overlap(header, box)).toBe(false);
    expect(box.bottom).toBeLessThanOrEqual(823);

    await toast(page).getByRole('button', { name: 'Fermer ce message' }).click();
    await toast(page).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('0px');
    await context.close();
  });

  it('never covers the focused control: when it appears, nor while the keyboard moves on', async () => {
    const { context, page } = await openHome({ width: 412, height: 823 });
    // A track button the message will land on, focused before it appears.
    const target = await page.evaluate(() => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('.tracks button')];
      const low = buttons.find((b) => b.getBoundingClientRect().bottom > window.innerHeight - 60)!;
      window.scrollBy(0, low.getBoundingClientRect().bottom - window.innerHeight + 10);
      low.focus({ preventScroll: true });
      low.dataset.target = '';
      return low.getBoundingClientRect().bottom;
    });
    expect(target).toBeGreaterThan(823 - 60);
    await release(page);
    await toast(page).waitFor();
    await page.waitForFunction(() => {
      const f = document.activeElement!.getBoundingClientRect();
      return f.bottom <= document.querySelector('[data-update]')!.getBoundingClientRect().top;
    });
    let checked = 0;
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() =>
        document.activeElement === document.body
          ? 'out'
          : document.activeElement?.closest('.update-toasts')
            ? 'toast'
            : 'page',
      );
      if (where === 'out') break;
      if (where === 'toast') continue;
      const { el, toast: box } = await boxes(page, ':focus');
      expect(overlap(el, box), `Tab ${i + 1}`).toBe(false);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
    await context.close();
  });

  it('goes back into the flow on a short window (400 % zoom), where floating would hide the page', async () => {
    const { context, page } = await openHome({ width: 320, height: 256 });
    await release(page);
    await toast(page).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.update-toasts')!).position)).toBe(
      'static',
    );
    // In the flow, nothing is under it: the element drawn at its centre is the message itself.
    const hit = await page.evaluate(() => {
      const el = document.querySelector('[data-update]')!;
      el.scrollIntoView();
      const b = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2));
    });
    expect(hit).toBe(true);
    await context.close();
  });
});
