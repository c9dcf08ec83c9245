import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { learner, options, verdict } from '../helpers/learner';
import { serveStatic, type StaticServer } from '../helpers/static-server';

const COURSE = resolve('tests/fixtures/xss-course');
const out = mkdtempSync(join(tmpdir(), 'at-xss-'));
let browser: Browser;
let server: StaticServer;

/** Every payload of the corpus sets `window.__xss = N` (or calls alert(N)) if it ever runs. */
const payloadIds = new Set(
  [COURSE, join(COURSE, 'steps')]
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.json'))
        .map((f) => readFileSync(join(d, f), 'utf8')),
    )
    .flatMap((text) => [...text.matchAll(/(?:__xss=|alert\()(\d+)/g)].map((m) => Number(m[1]))),
);

beforeAll(async () => {
  await buildApp(out, { COURSE_DIR: COURSE });
  // The course's media are deployed next to the app (piege.svg carries its own script).
  cpSync(join(COURSE, 'media'), join(out, 'media'), { recursive: true });
  server = await serveStatic(out);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

/** Markup that only an injection could have produced: scripts, frames, handlers, odd URLs. */
function injectedMarkup(page: Page): Promise<string[]> {
  // Kept as in-page selectors: that no such element or attribute exists is what is tested.
  return page.evaluate(() => {
    const found: string[] = [];
    const bad =
      'script, iframe, object, embed, frame, base, meta, link, style, form, svg, math, video, marquee, details, textarea[autofocus], input[autofocus]';
    document.querySelectorAll('#root ' + bad.split(', ').join(', #root ')).forEach((el) => {
      // The app's own <textarea> is fine; one created by a payload would carry autofocus.
      found.push(el.outerHTML.slice(0, 80));
    });
    document.querySelectorAll('#root *').forEach((el) => {
      for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`${el.tagName} ${a}`);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action');
      if (href !== null && !/^(https:|mailto:|#|media\/)/.test(href)) found.push(`${el.tagName} → ${href}`);
    });
    return found;
  });
}

/** Reads every text and attribute value the page shows, to prove the payloads are there, inert. */
const shownPayloads = (page: Page) =>
  // Kept in-page: every payload must be found in the markup itself, as inert text.
  page.evaluate(() => {
    const root = document.getElementById('root')!;
    const values = [...root.querySelectorAll('textarea')].map((t) => t.value).join(' ');
    return [...`${root.outerHTML} ${values}`.matchAll(/(?:__xss=|alert\()(\d+)/g)].map((m) => Number(m[1]));
  });

describe('the XSS corpus', () => {
  it('holds at least 20 distinct payloads', () => {
    expect(payloadIds.size).toBeGreaterThanOrEqual(20);
  });

  it('shows every payload as plain text and none executes, even with the CSP turned off', async () => {
    // bypassCSP: the rendering alone must be safe; the CSP is tested on its own (csp-policy.e2e.ts).
    const context = await browser.newContext({ bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const seen = new Set<number>();
    const check = async (where: string) => {
      (await shownPayloads(page)).forEach((n) => seen.add(n));
      expect(await injectedMarkup(page), where).toEqual([]);
    };

    const l = learner(page);
    await l.open(server.url);
    expect(await l.h1().textContent()).toContain('<script>window.__xss=1</script>');
    await check('home');
    await page
      .getByRole('button', { name: /^Commencer le parcours/ })
      .nth(1)
      .click(); // 4 h: every lesson
    for (let i = 0; i < 20; i++) {
      await l.lessonShown();
      await l.readToEnd();
      for (const q of await l.questions().all()) {
        for (const input of await options(q).all()) await input.check();
        await q.getByRole('button', { name: 'Valider' }).click();
        await verdict(q).waitFor();
      }
      // The checklists: groups of boxes with no « Valider » nor « Modifier ma réponse », unlike questions.
      const checklists = page
        .getByRole('group')
        .filter({ hasNot: page.getByRole('button', { name: /^(Valider|Modifier ma réponse)$/ }) });
      for (const box of await checklists.getByRole('checkbox').all()) await box.check();
      // Tag kept: the free-text fields (textareas), not the action plan's one-line cells.
      for (const area of await page.locator('textarea').all()) {
        await area.focus();
        await area.fill('<img src=x onerror="window.__xss=99"> "><script>alert(99)</script>');
        await area.blur();
      }
      await check(`lesson ${await l.h1().textContent()}`);
      if (await page.getByText('Dernière leçon du parcours').count()) break;
      await l.next();
    }
    await page.getByRole('button', { name: 'Plan du parcours' }).click();
    await l.mapSteps().first().waitFor();
    await check('course map');
    // « Suivant » on the last lesson: the summary screen, which shows titles again.
    await page.goBack();
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await l.h1().waitFor();
    await check('end of track');

    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    // Every payload of the corpus was on screen at some point, as text.
    expect([...payloadIds].filter((n) => !seen.has(n))).toEqual([]);

    // Control: the same kind of string does run when put into the page as HTML, so the checks above can fail.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__xss=\'control\'">');
    });
    await expect.poll(() => page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBe('control');
    await context.close();
  });
});
