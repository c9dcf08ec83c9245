import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { learner } from '../helpers/learner';
import { readTable } from '../helpers/idb';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Answers question `n` of the lesson on screen with its first option; returns the verdict shown. */
async function answerFirst(page: Page, n = 0) {
  const q = page.locator('fieldset.question').nth(n);
  await q.locator('input').first().check();
  await q.getByRole('button', { name: 'Valider' }).click();
  return q.locator('.question-result strong').textContent();
}

/** The lessons of the track, as the course map links to them (the first two both hold a quiz). */
async function lessonLinks(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Plan du parcours' }).click();
  await page.locator('.lesson-item a').first().waitFor();
  return page.locator('.lesson-item a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

const open = (page: Page, href: string) => page.goto(new URL(href, base).toString());
const status = (page: Page, href: string) => page.locator(`.lesson-item:has(a[href="${href}"])`).getAttribute('class');

// A tab in the background gets few animation frames, so each tab is brought to the front before use.
describe('two tabs on the same course', () => {
  it('each tab shows what the other did, live, and neither overwrites the other', async () => {
    context = await browser.newContext({ serviceWorkers: 'block' });
    const a = await context.newPage();
    const b = await context.newPage();
    await a.bringToFront();
    await learner(a).open(base);
    await learner(a).chooseTrack('2 h');
    const [first, second] = await lessonLinks(a);
    await open(a, first!);
    const verdictA = await answerFirst(a);
    await learner(a).saved();

    // Tab B opens after A's first answer, then answers another lesson's quiz.
    await b.bringToFront();
    await open(b, second!);
    await b.locator('fieldset.question').first().waitFor();
    const verdictB = await answerFirst(b);
    await learner(b).saved();

    // Tab A, never reloaded, sees B's answer when it opens that lesson.
    await a.bringToFront();
    await a.getByRole('button', { name: 'Plan du parcours' }).click();
    await a.locator(`.lesson-item a[href="${second}"]`).click();
    await expect
      .poll(() => a.locator('fieldset.question').first().locator('.question-result strong').textContent())
      .toBe(verdictB);

    // And B sees, live, a second answer A gives meanwhile on A's lesson.
    await b.getByRole('button', { name: 'Plan du parcours' }).click();
    await open(a, first!);
    await a.locator('fieldset.question').nth(1).waitFor();
    await answerFirst(a, 1);
    await learner(a).saved();
    await b.bringToFront();
    await b.locator(`.lesson-item a[href="${first}"]`).click();
    await expect.poll(() => b.locator('fieldset.question').nth(1).locator('.question-result strong').count()).toBe(1);
    expect(await b.locator('fieldset.question').first().locator('.question-result strong').textContent()).toBe(
      verdictA,
    );

    // On disk: every answer of both tabs, none lost to the other's writes.
    const answers = (await readTable(a, 'facts')).filter((r) => r.id.startsWith('answer:'));
    expect(answers).toHaveLength(3);
    // Both maps agree on every lesson's status.
    await a.getByRole('button', { name: 'Plan du parcours' }).click();
    await b.getByRole('button', { name: 'Plan du parcours' }).click();
    for (const href of [first!, second!]) expect(await status(a, href)).toBe(await status(b, href));
    await context.close();
  });
});
