import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { learner, verdict } from '../helpers/learner';
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
const answerFirst = (page: Page, n = 0) => learner(page).answerFirst(n);

/** The lessons of the track, as the course map links to them (the first two both hold a quiz). */
async function lessonLinks(page: Page): Promise<{ href: string; at: number }[]> {
  await page.getByRole('button', { name: 'Plan du parcours' }).click();
  const links = learner(page).mapLinks();
  await links.first().waitFor();
  return links.evaluateAll((as) => as.map((a, at) => ({ href: a.getAttribute('href')!, at })));
}

const open = (page: Page, href: string) => page.goto(new URL(href, base).toString());
/** A lesson's line on the map: its status badge (« terminée », « commencée »…) and duration. */
const status = (page: Page, at: number) => learner(page).mapLines().nth(at).textContent();

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
    await open(a, first!.href);
    const verdictA = await answerFirst(a);
    await learner(a).saved();

    // Tab B opens after A's first answer, then answers another lesson's quiz.
    await b.bringToFront();
    await open(b, second!.href);
    await learner(b).question(0).waitFor();
    const verdictB = await answerFirst(b);
    await learner(b).saved();

    // Tab A, never reloaded, sees B's answer when it opens that lesson.
    await a.bringToFront();
    await a.getByRole('button', { name: 'Plan du parcours' }).click();
    await learner(a).mapLinks().nth(second!.at).click();
    await expect.poll(() => verdict(learner(a).question(0)).textContent()).toBe(verdictB);

    // And B sees, live, a second answer A gives meanwhile on A's lesson.
    await b.getByRole('button', { name: 'Plan du parcours' }).click();
    await open(a, first!.href);
    await learner(a).question(1).waitFor();
    await answerFirst(a, 1);
    await learner(a).saved();
    await b.bringToFront();
    await learner(b).mapLinks().nth(first!.at).click();
    await expect.poll(() => verdict(learner(b).question(1)).count()).toBe(1);
    expect(await verdict(learner(b).question(0)).textContent()).toBe(verdictA);

    // On disk: every answer of both tabs, none lost to the other's writes.
    const answers = (await readTable(a, 'facts')).filter((r) => r.id.startsWith('answer:'));
    expect(answers).toHaveLength(3);
    // Both maps agree on every lesson's status.
    await a.getByRole('button', { name: 'Plan du parcours' }).click();
    await b.getByRole('button', { name: 'Plan du parcours' }).click();
    for (const { at } of [first!, second!]) expect(await status(a, at)).toBe(await status(b, at));
    await context.close();
  });
});
