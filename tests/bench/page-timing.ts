import type { BrowserContext, Page } from 'playwright-core';

/**
 * Milliseconds from navigation start, read in the page itself:
 * - text: when the course title (the home's h1, `elementtiming="course-title"`) was first painted,
 *   from the Element Timing API, or for builds without it the first largest paint inside `.home`
 *   (a loading line never counts);
 * - usable: the first animation frame where the home's track button is enabled and the player
 *   has taken over (`#root` without data-boot; builds without that marker count when enabled).
 */
export interface FirstScreenTiming {
  text: number;
  usable: number;
  /** Paths of the scripts fetched by then (later ones are prefetches of other screens). */
  scripts: string[];
}

/**
 * Installed before any page script (DevTools protocol, so the page's CSP does not apply). Plain
 * JavaScript source on purpose: a serialized TypeScript function would carry tsx's `__name`
 * helper calls, which do not exist in the page.
 */
const RECORD = `
  window.__bench = { text: null, usable: null, scripts: [] };
  const seen = (t) => {
    if (window.__bench.text === null || t < window.__bench.text) window.__bench.text = t;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'course-title') seen(e.renderTime || e.startTime);
  }).observe({ type: 'element', buffered: true });
  // Builds without that attribute (older ones given as --baseline): a largest paint in the home.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.element && e.element.closest('.home')) seen(e.startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  requestAnimationFrame(function poll() {
    const button = document.querySelector('.track-card button');
    if (button && !button.disabled && !document.querySelector('#root[data-boot]')) {
      window.__bench.usable = performance.now();
      window.__bench.scripts = performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js')).map((e) => new URL(e.name).pathname);
    } else requestAnimationFrame(poll);
  });
`;

/** A mobile-like budget, as Lighthouse's: 150 ms round trips, 1.6 Mbit/s down, CPU 4 × slower. */
export async function throttle(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** One cold load of `url` in a fresh context (empty cache, no service worker). */
export async function firstScreen(context: BrowserContext, url: string): Promise<FirstScreenTiming> {
  const page = await context.newPage();
  await throttle(context, page);
  await page.addInitScript({ content: RECORD });
  await page.goto(url);
  const handle = await page.waitForFunction(() => {
    const b = (window as unknown as { __bench: FirstScreenTiming | { text: null } }).__bench;
    return b.text !== null && b.usable !== null ? b : null;
  });
  const timing = (await handle.jsonValue()) as FirstScreenTiming;
  await page.close();
  return timing;
}
