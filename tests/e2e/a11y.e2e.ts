import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { readTable } from '../helpers/idb';
import { learner, options, verdict } from '../helpers/learner';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(() => browser?.close());

async function violations(p: Page) {
  // DSFR animates colours (theme, hover, accordions): axe must measure the colours a learner
  // rests on, not a tint half-way. Waiting for running transitions was not enough on a loaded
  // machine (one that had not started yet was measured half-way: the opened accordion button,
  // dark theme, 1 CI run in 4), so transitions are switched off (through the CSSOM, which the
  // page's CSP allows) and any under way jumps to its end before axe reads the page.
  await p.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('*'))
      el.style.setProperty('transition', 'none', 'important');
    for (const a of document.getAnimations())
      try {
        a.finish();
      } catch {
        // An endless animation cannot finish; none is expected on these screens.
      }
  });
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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

    const q = l.question(0);
    await q.waitFor();
    await options(q).first().check();
    await q.getByRole('button', { name: 'Valider' }).click();
    await verdict(q).waitFor();
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
      await l.lessonShown();
      expect(await violations(page), id).toEqual([]);
    }
  });

  it('moves focus to the h1 on every navigation, and the keyboard alone can walk the course', async () => {
    const l = learner(page);
    await l.open(base);
    await page.getByRole('button', { name: /parcours 2 h/ }).focus();
    await page.keyboard.press('Enter');
    await l.lessonShown();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const first = await l.h1().textContent();
    await page.getByRole('button', { name: 'Suivant', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: first!, exact: true }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // Kept as a tag: one h1 element in the markup, hidden or not, is what is checked.
    expect(await page.locator('h1').count()).toBe(1);
  });
});

/** Where the review screenshots go (test artefacts, not committed). */
const SHOTS = 'test-results/screenshots';
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

/** A page in a fresh context at `width`, with the DSFR theme chosen before the app starts. */
async function themedPage(theme: 'light' | 'dark', size: (typeof WIDTHS)[number]) {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  // Only a first visit gets the theme: a reload must keep what the learner chose since.
  await context.addInitScript((t) => {
    if (!localStorage.getItem('alliances-territoires:theme')) localStorage.setItem('alliances-territoires:theme', t);
  }, theme);
  return { context, page: await context.newPage() };
}

describe('the DSFR look, in both themes, on desktop and at 390 px', () => {
  for (const theme of ['light', 'dark'] as const)
    for (const size of WIDTHS)
      it(`has no axe violation on any screen (${theme}, ${size.width} px)`, { timeout: 240_000 }, async () => {
        mkdirSync(SHOTS, { recursive: true });
        const { context, page: p } = await themedPage(theme, size);
        const shot = (name: string) =>
          theme === 'light' ? p.screenshot({ path: `${SHOTS}/${name}-${size.width}.png`, fullPage: true }) : null;
        const check = async (label: string) =>
          expect(await violations(p), `${label} (${theme}, ${size.width})`).toEqual([]);
        const l = learner(p);
        await l.open(base);
        expect(await p.evaluate(() => document.documentElement.dataset.frTheme)).toBe(theme);
        await check('home');
        await shot('home');

        await l.chooseTrack('4 h');
        await check('lesson');
        await shot('lesson');
        const q = l.question(0);
        await options(q).first().check({ force: true });
        await q.getByRole('button', { name: 'Valider' }).click();
        await verdict(q).waitFor();
        await check('quiz');
        await q.scrollIntoViewIfNeeded();
        if (theme === 'light') await p.screenshot({ path: `${SHOTS}/quiz-${size.width}.png` });

        // A chart with its table opened, and a lesson with a diagram and its description.
        for (const id of ['s3-objectifs-resultats-pratiques', 's3-quatre-types-de-partenariat']) {
          await p.goto(`${base}#/lecon/${id}`);
          await l.lessonShown();
          const opens = p.getByRole('button', {
            name: /^(Voir les données du graphique|Description détaillée du schéma)/,
          });
          for (const b of await opens.all()) await b.click();
          // Checked at rest: the pointer left on a button would measure DSFR's hover tint.
          await p.mouse.move(0, 0);
          await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await check(id);
        }
        await p.goto(`${base}#/lecon/s7-votre-feuille-de-route`);
        await l.lessonShown();
        await check('feuille de route');
        await shot('feuille-de-route');

        await p.goto(`${base}#/plan`);
        await p.getByRole('heading', { level: 1, name: 'Plan du parcours' }).waitFor();
        await check('course map');
        await shot('map');

        for (const page of ['mentions-legales', 'accessibilite', 'donnees-personnelles', 'plan-du-site']) {
          await p.goto(`${base}#/${page}`);
          await l
            .h1()
            .filter({ hasNotText: /^Plan du parcours$/ })
            .waitFor();
          await check(page);
        }

        // The settings dialog, reached from the header (the « Menu » dialog on a phone).
        if (size.width < 992) {
          await p.getByRole('button', { name: 'Menu' }).click();
          await check('header menu');
        }
        await p.getByRole('button', { name: 'Paramètres d’affichage' }).first().click();
        await p.getByRole('dialog', { name: 'Paramètres d’affichage' }).waitFor();
        await p.getByText('Thème sombre').waitFor();
        await check('display settings');
        await shot('settings');
        await context.close();
      });

  it('shows a one-row header at 390 px: logo, service name and « Menu » side by side', async () => {
    const { context, page: p } = await themedPage('light', WIDTHS[1]);
    await p.goto(base);
    await p.locator('h1').waitFor();
    const banner = p.getByRole('banner');
    const parts = [
      banner.getByText(/^Ministère/),
      banner.getByTitle(/^Accueil - /),
      banner.getByRole('button', { name: 'Menu' }),
    ];
    // The player takes the first screen over: measure once each part is shown.
    for (const part of parts) await part.waitFor();
    const [logo, service, menu] = await Promise.all(parts.map((part) => part.boundingBox()));
    for (const b of [service, menu]) expect(b!.y).toBeLessThan(logo!.y + logo!.height);
    const header = await banner.boundingBox();
    expect(header!.height).toBeLessThan(130);
    await context.close();
  });

  it('reflows at 320 and 375 px: no sideways scrolling on the home, a lesson or the open menu (WCAG 1.4.10)', async () => {
    for (const width of [320, 375]) {
      const context = await browser.newContext({ viewport: { width, height: 700 } });
      const p = await context.newPage();
      const l = learner(p);
      const overflow = () =>
        p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await l.open(base);
      await p.getByRole('banner').getByRole('button', { name: 'Menu' }).waitFor();
      expect(await overflow(), `home, ${width} px`).toBe(0);
      await l.chooseTrack('2 h');
      expect(await overflow(), `lesson, ${width} px`).toBe(0);
      await p.getByRole('banner').getByRole('button', { name: 'Menu' }).click();
      await p.getByRole('dialog').getByRole('button', { name: 'Fermer' }).waitFor();
      expect(await overflow(), `menu open, ${width} px`).toBe(0);
      await context.close();
    }
  });
});

describe('the display settings, by keyboard', () => {
  it('opens from the header, switches to the dark theme, and Escape gives focus back', async () => {
    const { context, page: p } = await themedPage('light', WIDTHS[0]);
    await p.goto(base);
    await p.locator('h1').waitFor();
    const opener = p.getByRole('button', { name: 'Paramètres d’affichage' }).first();
    await opener.focus();
    await p.keyboard.press('Enter');
    await p.getByRole('dialog', { name: 'Paramètres d’affichage' }).waitFor();
    await p.getByLabel('Thème clair').waitFor();
    // Arrows move between the theme radios, and the choice applies at once.
    await p.getByLabel('Thème clair').focus();
    await p.keyboard.press('ArrowDown');
    await expect.poll(() => p.evaluate(() => document.documentElement.dataset.frTheme)).toBe('dark');
    await p.keyboard.press('Escape');
    await expect
      .poll(() => p.evaluate(() => document.activeElement?.textContent?.trim()))
      .toBe('Paramètres d’affichage');
    await p.reload();
    await p.locator('h1').waitFor();
    expect(await p.evaluate(() => document.documentElement.dataset.frTheme)).toBe('dark');
    await context.close();
  });
});

describe('« Effacer ma progression sur cet appareil »', () => {
  it('says what goes, erases this browser’s journal, and the reloaded course starts afresh', async () => {
    const { context, page: p } = await themedPage('light', WIDTHS[0]);
    const l = learner(p);
    await l.open(base);
    await l.chooseTrack('2 h');
    await l.saved();
    expect((await readTable(p, 'facts')).length).toBeGreaterThan(0);

    await p.getByRole('button', { name: 'Paramètres d’affichage' }).first().click();
    await p.getByRole('button', { name: 'Effacer ma progression sur cet appareil' }).click();
    await p.getByText(/Seront effacés de ce navigateur\s:\sles leçons vues/).waitFor();
    await Promise.all([p.waitForEvent('load'), p.getByRole('button', { name: 'Oui, effacer' }).click()]);
    await p.locator('h1').waitFor();
    await p.getByRole('heading', { name: 'Choisissez votre parcours' }).waitFor();
    expect(await p.getByRole('button', { name: 'Reprendre' }).count()).toBe(0);
    expect(await readTable(p, 'facts')).toEqual([]);
    await context.close();
  });
});
