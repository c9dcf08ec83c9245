import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spine } from '../../src/content/spine';
import { launchBrowser } from '../helpers/browser';
import { learner } from '../helpers/learner';
import { realCourse } from '../helpers/mini-course';

const base = inject('baseUrl');
const { outline } = realCourse();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
});
afterAll(() => browser?.close());

describe('the 4 h feuille de route', () => {
  it('gathers what the learner wrote along the track, survives a reload, and downloads', async () => {
    const l = learner(page);
    await l.open(base);
    await l.chooseTrack('4 h');

    const written = new Map<string, string>();
    for (const lesson of spine(outline, '4h')) {
      for (const r of lesson.reflections.filter((x) => x.roadmapField)) {
        await page.goto(`${base}#/lecon/${lesson.id}`);
        await page.locator('[data-lesson-end]').waitFor();
        const text = `Ma réponse pour ${r.roadmapField} <b>sans balise</b>`;
        const box = page.getByLabel(r.prompt, { exact: false }).first();
        await box.fill(text);
        await box.blur();
        await page.locator('.reflection-status', { hasText: 'Enregistré dans votre journal' }).first().waitFor();
        written.set(r.roadmapField!, text);
      }
    }
    expect([...written.keys()].sort()).toEqual([
      'means',
      'method',
      'nextActions',
      'objectives',
      'partners',
      'partnershipTypes',
    ]);

    const last = spine(outline, '4h').at(-1)!;
    await page.goto(`${base}#/lecon/${last.id}`);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Ma feuille de route' }).waitFor();
    for (const [field, text] of written) {
      const label = {
        objectives: 'Mes objectifs',
        partnershipTypes: 'Type(s) de partenariat et forme choisis',
        method: 'Ma méthode',
        means: 'Mes moyens',
        partners: 'Premiers partenaires à contacter',
        nextActions: 'Mes 3 prochaines actions',
      }[field]!;
      await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(text);
    }

    // Editing on the feuille de route updates the same journal entry.
    const objectives = page.getByLabel('Mes objectifs', { exact: true });
    await objectives.fill('Objectif revu sur la feuille de route');
    await objectives.blur();
    await page.locator('.roadmap .reflection-status', { hasText: 'Enregistré dans votre journal' }).first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger (page web)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('feuille-de-route.html');
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).toContain('Objectif revu sur la feuille de route');
    expect(html).toContain('Ma réponse pour nextActions &lt;b&gt;sans balise&lt;/b&gt;');
    expect(html).not.toMatch(/<script/i);

    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger (texte Markdown)' }).click(),
    ]);
    expect(md.suggestedFilename()).toBe('feuille-de-route.md');
    expect(readFileSync((await md.path())!, 'utf8')).toContain('## Mes moyens\n\nMa réponse pour means');

    // The print stylesheet keeps the learner's text and drops the controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.roadmap-actions').isVisible()).toBe(false);
    expect(await page.locator('.print-only', { hasText: 'Objectif revu' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
