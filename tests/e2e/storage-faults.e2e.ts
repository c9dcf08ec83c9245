import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { learner, notice, options, saveStatus, verdict } from '../helpers/learner';
import { readTable, writeRawFacts } from '../helpers/idb';

const base = inject('baseUrl');
const COURSE = 'alliances-territoires';
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page whose IndexedDB is broken by `breakIdb` before any app script runs. */
async function openWith(breakIdb?: () => void): Promise<Page> {
  context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  if (breakIdb) await page.addInitScript(breakIdb);
  await learner(page).open(base);
  return page;
}

/** The player still works: start the 2 h track and answer the first quiz. */
async function playsInMemory(page: Page) {
  const l = learner(page);
  await l.chooseTrack('2 h');
  const q = l.question(0);
  await options(q).first().check();
  await q.getByRole('button', { name: 'Valider' }).click();
  await verdict(q).waitFor();
  const status = saveStatus(page, 'Non conservé sur cet appareil');
  await status.waitFor();
  expect(await status.textContent()).not.toMatch(/Enregistré/);
}

/** Each storage message, by words of its French text (notices.* in the locales). */
const STORAGE = {
  unavailable: 'navigation privée ou stockage bloqué',
  quota: 'espace de stockage de votre navigateur est plein',
  corrupt: 'était illisible',
};

describe('storage faults: the player runs in memory and says so', () => {
  it('IndexedDB missing (private mode)', async () => {
    const page = await openWith(() => {
      delete (window as { indexedDB?: IDBFactory }).indexedDB;
    });
    expect(await page.evaluate(() => typeof window.indexedDB)).toBe('undefined');
    await notice(page, STORAGE.unavailable).waitFor();
    expect(await notice(page, STORAGE.unavailable).textContent()).toContain(
      'votre progression sera perdue à la fermeture de la page',
    );
    await playsInMemory(page);
  });

  it('IndexedDB throws on open (storage blocked)', async () => {
    const page = await openWith(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    await notice(page, STORAGE.unavailable).waitFor();
    await playsInMemory(page);
  });

  it('quota error on write: told at once, and written later once space is back', async () => {
    const page = await openWith(() => {
      const real = IDBObjectStore.prototype.put;
      const w = window as unknown as { __quota: boolean; __realPut: typeof real };
      w.__quota = true;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof real>) {
        if (w.__quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      };
    });
    await playsInMemory(page);
    await notice(page, STORAGE.quota).waitFor();
    expect(await notice(page, STORAGE.quota).textContent()).toContain(
      'L’espace de stockage de votre navigateur est plein',
    );
    expect(await readTable(page, 'facts')).toEqual([]);

    // Space freed: the next action retries the queued facts with its own.
    await page.evaluate(() => {
      (window as unknown as { __quota: boolean }).__quota = false;
    });
    await learner(page).next();
    await expect
      .poll(async () => (await readTable(page, 'facts')).map((r) => r.id.split(':')[0]))
      .toEqual(expect.arrayContaining(['answer', 'track', 'bookmark', 'lesson']));
    // Everything is on disk again: the status says so and the quota message goes away.
    await learner(page).saved();
    expect(await notice(page, STORAGE.quota).count()).toBe(0);
  });
});

describe('a corrupt stored record', () => {
  it('is kept aside in quarantine, the learner is told, and the rest of the progress works', async () => {
    const page = await openWith();
    const l = learner(page);
    await l.chooseTrack('2 h');
    await l.saved();
    const good = await readTable(page, 'facts');
    expect(good.length).toBeGreaterThan(0);
    const garbage = [
      {
        courseId: COURSE,
        id: 'answer:s1-q1',
        courseVersion: '1.0.0',
        fact: { kind: 'answer', key: 's1-q1', at: 'yesterday', value: {} },
      },
      { courseId: COURSE, id: 'lesson:x', courseVersion: '1.0.0', fact: '<img src=x onerror=alert(1)>' },
      // Valid on its own, but stored under another fact's id.
      {
        courseId: COURSE,
        id: 'reflection:a',
        courseVersion: '1.0.0',
        fact: { kind: 'reflection', key: 'b', at: 1, value: { text: 'x' } },
      },
      // Written by an unknown (future) format.
      {
        courseId: COURSE,
        id: 'lesson:y',
        courseVersion: '7.0.0',
        fact: { v: 7, kind: 'lesson-v7', key: 'y', at: 1, value: { s: 'done' } },
      },
    ];
    await writeRawFacts(page, garbage);

    await page.reload();
    await notice(page, STORAGE.corrupt).waitFor();
    expect(await notice(page, STORAGE.corrupt).textContent()).toContain('mise de côté');
    const quarantined = async () =>
      (await readTable(page, 'quarantine')).map((q) => (q as unknown as { raw: { id: string } }).raw.id).sort();
    await expect.poll(quarantined).toEqual(garbage.map((g) => g.id).sort());
    const facts = await readTable(page, 'facts');
    expect(facts.map((f) => f.id).sort()).toEqual(good.map((f) => f.id).sort());

    // The valid progress still drives the player: the home page offers « Reprendre ».
    await page.goto(base);
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await l.lessonShown();
    await page.reload();
    await l.h1().waitFor();
    expect(await notice(page, STORAGE.corrupt).count()).toBe(0);
  });
});
