import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { DOCUMENT_COURSE_DIR } from '../helpers/document-course';
import { download, fillActionPlan, printedPage, readActionPlan, write } from '../helpers/documents';
import { writeRawFacts } from '../helpers/idb';
import { learner } from '../helpers/learner';
import { pdfText } from '../helpers/pdf-text';
import { serveStatic, type StaticServer } from '../helpers/static-server';

/**
 * The feuille de route's header, action plan and evaluation marker, and the 12 h dossier, on a
 * fixture course that feeds every part of them (the real 12 h content is written elsewhere).
 */
const out = mkdtempSync(join(tmpdir(), 'at-documents-'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await buildApp(out, { COURSE_DIR: DOCUMENT_COURSE_DIR });
  server = await serveStatic(out);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

async function freshPage(): Promise<Page> {
  return (await browser.newContext({ acceptDownloads: true })).newPage();
}
const lesson = async (page: Page, id: string) => {
  await page.goto(`${server.url}#/lecon/${id}`);
  await learner(page).lessonShown();
};
/** Whitespace as one space: the build's French typography puts no-break spaces in UI text. */
const flat = (s: string) => s.replace(/\s+/g, ' ');
const actions = [
  { action: 'Présenter le projet à l’équipe', due: 'réunion du 5', who: 'moi' },
  { action: 'Appeler « La Menuiserie »', due: 'avant le 15', who: 'la directrice' },
  { action: 'Préparer le cadrage', due: 'fin du mois', who: 'l’équipe' },
];

describe('the feuille de route', () => {
  it('has a header of who wrote it, three action lines and the evaluation marker, kept, printed and exported', async () => {
    const page = await freshPage();
    const l = learner(page);
    await l.open(server.url);
    await l.chooseTrack('4 h');

    // Written in the lessons: the organisation (step 1), the actions and the marker (step 3).
    await lesson(page, 's1-qui-etes-vous');
    await write(page.getByLabel('Votre structure', { exact: true }), 'Collège « Les Tilleuls »');
    await lesson(page, 's3-actions');
    await fillActionPlan(page.getByRole('group', { name: 'Quelles sont vos 3 prochaines actions ?' }), actions);
    await write(page.getByLabel('Quel repère suivrez-vous ?'), 'Deux stages signés en juin');

    // Written on the feuille de route itself: the rest of the header.
    await lesson(page, 's4-feuille-de-route');
    const header = page.getByRole('group', { name: 'Qui rédige ce document' });
    expect(await header.getByLabel('Mon territoire', { exact: true }).inputValue()).toBe('');
    await write(header.getByLabel('Mon territoire', { exact: true }), 'Saint-Dié-des-Vosges');
    await write(header.getByLabel('Mon rôle', { exact: true }), 'Principale adjointe');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Ma feuille de route' }).waitFor();
    await expect
      .poll(() => header.getByLabel('Ma structure', { exact: true }).inputValue())
      .toBe('Collège « Les Tilleuls »');
    expect(await header.getByLabel('Mon territoire', { exact: true }).inputValue()).toBe('Saint-Dié-des-Vosges');
    expect(await header.getByLabel('Mon rôle', { exact: true }).inputValue()).toBe('Principale adjointe');
    expect(await readActionPlan(page.getByRole('group', { name: 'Mes 3 prochaines actions' }), 3)).toEqual(actions);
    expect(await page.getByLabel('Comment je saurai que cela avance', { exact: true }).inputValue()).toBe(
      'Deux stages signés en juin',
    );
    // A field the course feeds but the learner left empty says where to write it.
    await page.getByText('Pas encore rempli : vous pourrez le compléter ici ou dans la leçon').first().waitFor();

    // On screen the page has a banner, instructions and buttons; printed, only the document.
    const onScreen = await printedPage(page, 'screen');
    expect(onScreen.strays.join('\n')).toMatch(/header.fr-header[\s\S]*button.fr-btn: Imprimer/);
    const printed = await printedPage(page);
    expect(printed.strays).toEqual([]);
    const today = new Date().toLocaleDateString('fr', { day: 'numeric', month: 'long', year: 'numeric' });
    for (const s of ['Ma feuille de route', 'Collège « Les Tilleuls »', 'Saint-Dié-des-Vosges', today])
      expect(printed.text).toContain(s);
    expect(printed.text).not.toContain('Chaque rubrique reste modifiable');
    expect(printed.text).not.toContain('Imprimer');

    const html = await download(page, 'Télécharger (page web)');
    expect(html.name).toBe('feuille-de-route.html');
    const web = flat(new TextDecoder().decode(html.bytes));
    expect(web).toContain('<dt>Structure</dt><dd>Collège « Les Tilleuls »</dd>');
    expect(web).toContain('Appeler « La Menuiserie »<br><span class="detail">Échéance : avant le 15</span>');

    const pdf = await download(page, 'Télécharger (PDF)');
    expect(pdf.name).toBe('feuille-de-route.pdf');
    const text = flat((await pdfText(pdf.bytes)).text);
    for (const s of [
      'Ma feuille de route',
      'Structure Collège « Les Tilleuls »',
      'Territoire Saint-Dié-des-Vosges',
      'Rôle Principale adjointe',
      `Date ${today}`,
      '1. Présenter le projet à l’équipe Échéance : réunion du 5 Qui : moi',
      '2. Appeler « La Menuiserie » Échéance : avant le 15 Qui : la directrice',
      '3. Préparer le cadrage Échéance : fin du mois Qui : l’équipe',
      'Comment je saurai que cela avance Deux stages signés en juin',
      'Mes objectifs À compléter dans la leçon « Votre territoire et vos objectifs ».',
    ])
      expect(text).toContain(s);
    console.log(
      `feuille de route PDF (fixture, header and actions filled): ${(pdf.bytes.length / 1024).toFixed(1)} kB`,
    );
    await page.context().close();
  });

  it('keeps and shows a next-actions answer written as free text before the action plan existed', async () => {
    const page = await freshPage();
    const l = learner(page);
    await l.open(server.url);
    await l.chooseTrack('4 h');
    const earlier = 'Appeler la mairie — avant le 15\nRéunir l’équipe';
    await writeRawFacts(page, [
      {
        courseId: 'documents',
        id: 'reflection:s3-r-prochaines-actions',
        courseVersion: '1.0.0',
        fact: {
          kind: 'reflection',
          key: 's3-r-prochaines-actions',
          at: Date.now() - 86_400_000,
          value: { text: earlier },
        },
      },
    ]);
    await lesson(page, 's3-actions');
    await page.reload();
    // Shown as the learner wrote it, under « Votre réponse précédente, en texte libre : ».
    const shown = page.getByText(earlier, { exact: true });
    await expect.poll(() => shown.textContent()).toBe(earlier);

    await lesson(page, 's4-feuille-de-route');
    const pdf = await download(page, 'Télécharger (PDF)');
    expect(flat((await pdfText(pdf.bytes)).text)).toContain(
      'Ma réponse précédente (texte libre) Appeler la mairie — avant le 15 Réunir l’équipe',
    );
    // Only the learner removes it.
    const earlierAnswer = page.getByText('Votre réponse précédente, en texte libre');
    await earlierAnswer.waitFor();
    await page.getByRole('button', { name: 'Retirer cette réponse' }).click();
    await expect.poll(() => earlierAnswer.count()).toBe(0);
    await page.context().close();
  });
});

describe('the 12 h dossier', () => {
  it('shows the feuille de route then every dossier section, edited in lessons or on the dossier, and exports them', async () => {
    const page = await freshPage();
    const l = learner(page);
    await l.open(server.url);
    await l.chooseTrack('12 h');

    await lesson(page, 's2-carte');
    await write(page.getByLabel('Les acteurs de votre territoire'), 'La mairie, le club de foot et la menuiserie.');
    await lesson(page, 's4-dossier');
    await page.getByRole('heading', { level: 2, name: 'Mon dossier de partenariat' }).waitFor();
    await write(
      page.getByLabel('Cadrage : ce que je veux faire avec vous', { exact: true }),
      'Accueillir deux stagiaires de 3e.',
    );

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Mon dossier de partenariat' }).waitFor();
    await expect
      .poll(() => page.getByLabel('Ma carte des acteurs du territoire', { exact: true }).inputValue())
      .toBe('La mairie, le club de foot et la menuiserie.');
    expect(await page.getByLabel('Cadrage : ce que je veux faire avec vous', { exact: true }).inputValue()).toBe(
      'Accueillir deux stagiaires de 3e.',
    );
    expect((await page.getByRole('heading', { level: 3 }).allTextContents()).map(flat)).toEqual([
      'Qui rédige ce document',
      'Ma feuille de route',
      'Approfondissements du parcours 12 h',
    ]);

    const printed = await printedPage(page);
    expect(printed.strays).toEqual([]);
    expect(printed.text).toContain('Mon dossier de partenariat');
    expect(printed.text).toContain('Accueillir deux stagiaires de 3e.');

    const html = await download(page, 'Télécharger (page web)');
    expect(html.name).toBe('dossier-de-partenariat.html');
    expect(flat(new TextDecoder().decode(html.bytes))).toContain('<h2>Approfondissements du parcours 12 h</h2>');

    const pdf = await download(page, 'Télécharger (PDF)');
    expect(pdf.name).toBe('dossier-de-partenariat.pdf');
    const read = await pdfText(pdf.bytes);
    expect(read.title).toBe('Mon dossier de partenariat');
    const text = flat(read.text);
    const order = [
      'Mon dossier de partenariat',
      'Ma feuille de route',
      'Mes 3 prochaines actions À compléter dans la leçon « Vos prochaines actions ».',
      'Approfondissements du parcours 12 h',
      'Ma carte des acteurs du territoire La mairie, le club de foot et la menuiserie.',
      'Mon profil et ma maturité partenariale À compléter dans la leçon « La carte des acteurs ».',
      'Cadrage : ce que je veux faire avec vous Accueillir deux stagiaires de 3e.',
      'Cadrage : ce que vous voulez faire avec moi À compléter dans la leçon « Le cadrage ».',
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(
      at.every((i) => i >= 0),
      JSON.stringify(at),
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    console.log(`dossier PDF (fixture, two sections filled): ${(pdf.bytes.length / 1024).toFixed(1)} kB`);
    await page.context().close();
  });
});
