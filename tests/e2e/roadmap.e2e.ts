import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROADMAP_FIELDS } from '../../src/content/constants';
import { spine } from '../../src/content/spine';
import fr from '../../src/i18n/locales/fr.json';
import { launchBrowser } from '../helpers/browser';
import { download, fillActionPlan, loadedScripts, printedPage, readActionPlan, write } from '../helpers/documents';
import { learner } from '../helpers/learner';
import { realCourse } from '../helpers/mini-course';
import { pdfText } from '../helpers/pdf-text';

const base = inject('baseUrl');
const { outline } = realCourse();
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext({ acceptDownloads: true })).newPage();
});
afterAll(() => browser?.close());

const label = (field: string) => fr.roadmap.fields[field as keyof typeof fr.roadmap.fields];
/** In the documents, who wrote it is a header line with a short label (« Structure »). */
const documentLabel = (field: string) => fr.roadmap.meta[field as keyof typeof fr.roadmap.meta] ?? label(field);
const actions = [
  { action: 'Présenter le projet à l’équipe', due: 'réunion du 5', who: 'moi' },
  { action: 'Appeler « La Menuiserie » <b>du quartier</b>', due: 'avant le 15', who: 'la directrice' },
  { action: 'Préparer la rencontre de cadrage', due: 'fin du mois', who: 'l’équipe' },
];

/**
 * The real course, on the 4 h track: every field the track feeds is written in its lesson (the
 * header too, once the content tags it), then found on the feuille de route after a reload.
 */
describe('the 4 h feuille de route of the course', () => {
  it('gathers what the learner wrote, survives a reload, prints alone and downloads as a page and a PDF', async () => {
    const l = learner(page);
    await l.open(base);
    await l.chooseTrack('4 h');

    const written = new Map<string, string>();
    for (const lesson of spine(outline, '4h'))
      for (const r of lesson.reflections.filter((x) => x.roadmapField)) {
        await page.goto(`${base}#/lecon/${lesson.id}`);
        await l.lessonShown();
        if (r.shape === 'actions') {
          await fillActionPlan(page.getByRole('group', { name: r.prompt }), actions);
          written.set(r.roadmapField!, actions[0]!.action);
        } else {
          const text = `Ma réponse pour ${r.roadmapField} <b>sans balise</b>`;
          await write(page.getByLabel(r.prompt, { exact: false }).first(), text);
          written.set(r.roadmapField!, text);
        }
      }
    // Every field of the feuille de route that the course feeds on 4 h; nextActions is the action plan.
    expect(written.has('nextActions')).toBe(true);
    expect([...written.keys()].every((f) => (ROADMAP_FIELDS as readonly string[]).includes(f))).toBe(true);

    const roadmapLesson = spine(outline, '4h').find((x) => x.hasRoadmap)!;
    await page.goto(`${base}#/lecon/${roadmapLesson.id}`);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Ma feuille de route' }).waitFor();
    for (const [field, text] of written) {
      if (field === 'nextActions') continue;
      await expect.poll(() => page.getByLabel(label(field), { exact: true }).inputValue()).toBe(text);
    }
    const plan = page.getByRole('group', { name: label('nextActions'), exact: true });
    expect(await readActionPlan(plan, 3)).toEqual(actions);

    // Editing on the feuille de route updates the same journal entry.
    if (written.has('objectives')) {
      await write(page.getByLabel(label('objectives'), { exact: true }), 'Objectif revu sur la feuille de route');
      written.set('objectives', 'Objectif revu sur la feuille de route');
    }

    const printed = await printedPage(page);
    expect(printed.strays).toEqual([]);
    expect(printed.text).toContain('Ma feuille de route');
    expect(printed.text).toContain(new Date().getFullYear().toString());
    expect(printed.text).toContain('Appeler « La Menuiserie » <b>du quartier</b>');

    const html = await download(page, 'Télécharger (page web)');
    expect(html.name).toBe('feuille-de-route.html');
    const page2 = html.bytes.toString('utf8');
    expect(page2).toContain('Appeler « La Menuiserie » &lt;b&gt;du quartier&lt;/b&gt;');
    expect(page2).not.toMatch(/<script/i);
    expect(await page.getByRole('button', { name: /Markdown/ }).count()).toBe(0);

    // The PDF module is fetched on the first PDF download only, as its own chunk.
    expect((await loadedScripts(page)).filter((s) => s.includes('document-pdf'))).toEqual([]);
    const pdf = await download(page, 'Télécharger (PDF)');
    expect(pdf.name).toBe('feuille-de-route.pdf');
    expect((await loadedScripts(page)).filter((s) => s.includes('document-pdf'))).toHaveLength(1);
    const { text, title } = await pdfText(pdf.bytes);
    expect(title).toBe('Ma feuille de route');
    const flat = text.replace(/\s+/g, ' ');
    for (const [field, value] of written) {
      expect(flat, field).toContain(documentLabel(field));
      expect(flat, field).toContain(value.replace(/\s+/g, ' '));
    }
    expect(flat).toContain('Appeler « La Menuiserie » <b>du quartier</b>');
    expect(flat).toMatch(/Échéance\s:\savant le 15/);
    console.log(`feuille de route PDF (real course, 4 h, filled): ${(pdf.bytes.length / 1024).toFixed(1)} kB`);
  });
});
