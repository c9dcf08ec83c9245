import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { learner } from '../helpers/learner';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(() => browser?.close());

async function violations(p: Page) {
  const r = await new AxeBuilder({ page: p })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('axe-core finds no WCAG 2.1 AA violation', () => {
  it('on every screen a learner meets', { timeout: 180_000 }, async () => {
    const l = learner(page);
    await l.open(base);
    expect(await violations(page), 'home').toEqual([]);

    await l.chooseTrack('4 h');
    expect(await violations(page), 'lesson').toEqual([]);

    const q = page.locator('fieldset.question').first();
    await q.waitFor();
    await q.locator('input').first().check();
    await q.getByRole('button', { name: 'Valider' }).click();
    await q.locator('.question-result strong').waitFor();
    expect(await violations(page), 'quiz with feedback').toEqual([]);

    await page.getByRole('button', { name: 'Plan du parcours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan du parcours' }).waitFor();
    expect(await violations(page), 'course map').toEqual([]);

    // A lesson with a figures chart and table, one with a checklist and reflection, the action plan
    // and the feuille de route.
    for (const id of [
      's3-objectifs-resultats-pratiques',
      's3-votre-profil-et-maturite',
      's6-vos-moyens-et-prochaines-actions',
      's7-votre-feuille-de-route',
    ]) {
      await page.goto(`${base}#/lecon/${id}`);
      await page.locator('[data-lesson-end]').waitFor();
      expect(await violations(page), id).toEqual([]);
    }
  });

  it('moves focus to the h1 on every navigation, and the keyboard alone can walk the course', async () => {
    const l = learner(page);
    await l.open(base);
    await page.getByRole('button', { name: /parcours 2 h/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-lesson-end]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const first = await l.h1().textContent();
    await page.getByRole('button', { name: 'Suivant', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, first);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('h1').count()).toBe(1);
  });
});
