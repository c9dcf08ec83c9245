import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_COURSE_DIR, assessmentCourse } from '../helpers/assessment-course';
import { assessmentTaker } from '../helpers/assessment-taker';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { download, loadedScripts, printedPage } from '../helpers/documents';
import { answeredCount, checkedOptions, learner } from '../helpers/learner';
import { pdfText } from '../helpers/pdf-text';
import { serveStatic, type StaticServer } from '../helpers/static-server';

/**
 * The final assessment in the built app, on the fixture course (2 steps, 5 questions drawn, at
 * least 2 per step, pass mark 80 %, 3 attempts): a learner fails, sees the steps missed, retakes,
 * passes and downloads the attestation, whose PDF is read back; a reload mid-attempt keeps it.
 */
const { bank, outline } = assessmentCourse();
const EVAL = outline.assessment!.lessonId;
const out = mkdtempSync(join(tmpdir(), 'at-assessment-'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await buildApp(out, { COURSE_DIR: ASSESSMENT_COURSE_DIR });
  server = await serveStatic(out);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The links of « Les étapes à revoir », one per step where questions were missed. */
const missedSteps = (page: Page) => page.getByRole('region', { name: 'Les étapes à revoir' }).getByRole('link');
/** A line of the end screen's summary list, by the words it starts with. */
const summaryLine = (page: Page, start: RegExp) => page.getByRole('listitem').filter({ hasText: start });
async function freshPage(): Promise<Page> {
  return (await browser.newContext({ acceptDownloads: true })).newPage();
}
async function openLesson(page: Page, id: string) {
  await page.goto(`${server.url}#/lecon/${id}`);
  await learner(page).lessonShown();
}
/** Every 12 h lesson before the assessment, read to its end, its quiz answered. */
async function doLessons(page: Page) {
  const l = learner(page);
  await l.open(server.url);
  // The first screen never loads the assessment's bank.
  expect((await loadedScripts(page)).some((s) => s.includes('course-bank'))).toBe(false);
  await l.chooseTrack('12 h');
  for (const lesson of outline.steps.flatMap((s) => s.lessons).filter((x) => x.id !== EVAL)) {
    await openLesson(page, lesson.id);
    if (lesson.questions.length) await l.answer(0, ['Deux']);
    await l.readToEnd();
    await l.doneBadge().waitFor();
  }
}

describe('the final assessment', () => {
  it('fails, names the steps missed, retakes, passes, and gives an attestation whose PDF says it all', async () => {
    const page = await freshPage();
    const taker = assessmentTaker(page, bank);
    await doLessons(page);
    await openLesson(page, EVAL);
    expect(await page.getByText('Pour la réussir').innerText()).toMatch(/80\s%.*4 sur 5/);
    // The bank is a chunk of its own, fetched when the assessment shows (its resource entry
    // appears once the response is complete, which can follow the rules' text).
    await expect.poll(async () => (await loadedScripts(page)).some((s) => s.includes('course-bank'))).toBe(true);

    await page.getByRole('button', { name: 'Commencer l’évaluation' }).click();
    await expect.poll(() => taker.questions().count()).toBe(5);
    await taker.answerAll((i) => i < 3);
    // No feedback and no right answer before submission.
    // Kept as classes: the absence of any feedback or verdict markup is what is tested here.
    const attempt = page.locator('.attempt');
    expect(await attempt.locator('.feedback, .tag, .is-right, .is-wrong, .option-right, .option-wrong').count()).toBe(
      0,
    );
    expect(await attempt.getByText(/bonne réponse|Bonne réponse|Réponse attendue/).count()).toBe(0);
    await taker.submit();
    /** A line of the attempt's result, by the words it starts with. */
    const result = (start: RegExp) => page.getByText(start);
    expect(flat(await result(/^Score\s:\s/).innerText())).toMatch(/3 bonnes réponses sur 5, soit 60 %/);
    expect(flat(await result(/^Évaluation non réussie/).innerText())).toContain('Évaluation non réussie');
    const missed = missedSteps(page);
    expect(await missed.count()).toBeGreaterThan(0);
    // Each reviewed question states its verdict in bold: « Juste », « Faux » or « Sans réponse ».
    const review = page.getByRole('region', { name: 'Le détail de vos réponses' }).getByRole('strong');
    expect(await review.filter({ hasText: /^(Faux|Sans réponse)$/ }).count()).toBe(2);

    // The end screen says it plainly, with no attestation yet.
    await page.getByRole('button', { name: 'Suivant', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Évaluation finale non réussie' }).waitFor();
    expect(flat(await summaryLine(page, /^Meilleur score/).innerText())).toMatch(
      /Meilleur score .* 60 % \(3 sur 5\) ; seuil de réussite : 80 %/,
    );
    expect(await page.getByRole('button', { name: /Télécharger mon attestation/ }).count()).toBe(0);
    expect(await missedSteps(page).count()).toBeGreaterThan(0);

    // A missed step's link leads back to it.
    const stepLink = missedSteps(page).first();
    const stepName = flat(await stepLink.innerText());
    await stepLink.click();
    // The DSFR stepper names the step: its title, then « Étape n sur 2 ».
    const [, n, title] = /^Étape (\d+) · (.+)$/.exec(stepName)!;
    await expect
      .poll(async () =>
        flat(
          await page
            .getByRole('paragraph')
            .filter({ hasText: /Étape\s\d+\ssur\s\d+$/ })
            .innerText(),
        ),
      )
      .toBe(`${title} Étape ${n} sur 2`);

    // Retake from the end screen: a new draw, all right this time.
    await openLesson(page, EVAL);
    await page.getByRole('button', { name: 'Repasser l’évaluation' }).click();
    await page.getByRole('heading', { name: 'Tentative 2' }).waitFor();
    await taker.answerAll(() => true);
    await taker.submit();
    expect(flat(await result(/^Évaluation réussie/).innerText())).toContain('Évaluation réussie');
    expect(flat(await result(/^Score retenu/).innerText())).toContain(
      'Score retenu : votre meilleur score, 100 % (tentative 2)',
    );

    await page.getByRole('button', { name: 'Voir mon résultat et mon attestation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parcours terminé' }).waitFor();
    expect(flat(await page.getByText(/^Bravo\s:\s/).innerText())).toContain(
      'Bravo : vous avez réussi l’évaluation finale',
    );
    expect(flat(await summaryLine(page, /^Temps passé mesuré/).innerText())).toMatch(/Temps passé mesuré : \d+ min/);

    const name = 'Élodie Dupré-Lefèvre';
    await page.getByLabel('Votre nom, tel qu’il figurera sur l’attestation').fill(name);
    await page.getByRole('button', { name: 'Enregistrer ce nom' }).click();
    const pdf = await download(page, 'Télécharger mon attestation (PDF)');
    expect(pdf.name).toBe('attestation-alliances-territoires.pdf');
    const read = await pdfText(new Uint8Array(pdf.bytes));
    expect(read.pages).toHaveLength(1);
    const text = flat(read.text.replace(/[\u00a0\u202f]/g, ' '));
    for (const part of [
      'Attestation de formation',
      name,
      'Parcours d’évaluation',
      '12 h · Se former',
      'Ministère de l’Éducation nationale et Le RAMEAU',
      'Date de réussite',
      'Temps passé',
      '5 / 5 (100 %)',
      'a suivi le parcours 12 h « Se former » du cours « Parcours d’évaluation »',
    ])
      expect(text).toContain(part);
    expect(text).toMatch(/Code de vérification [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/);
    expect(read.title).toBe('Attestation de formation');
    console.log(`attestation PDF: ${(pdf.bytes.length / 1024).toFixed(1)} kB`);

    // The print view is the same page, alone.
    const printed = await printedPage(page);
    expect(printed.strays).toEqual([]);
    expect(flat(printed.text)).toContain(name);
    expect(flat(printed.text)).toContain('5 / 5 (100 %)');
  });

  it('keeps the drawn questions and the answers given across a reload mid-attempt', async () => {
    const page = await freshPage();
    const taker = assessmentTaker(page, bank);
    const l = learner(page);
    await l.open(server.url);
    await l.chooseTrack('12 h');
    await openLesson(page, EVAL);
    await page.getByRole('button', { name: 'Commencer l’évaluation' }).click();
    await expect.poll(() => taker.questions().count()).toBe(5);
    const prompts = async () => Promise.all((await taker.questions().all()).map(taker.promptOf));
    const before = await prompts();
    await taker.answer(taker.questions().nth(0), true);
    await taker.answer(taker.questions().nth(1), false);
    await expect.poll(async () => flat(await answeredCount(page).innerText())).toBe('2 réponses sur 5');
    const checked = () =>
      checkedOptions(taker.questions())
        .or(taker.questions().getByRole('combobox'))
        .evaluateAll((els) =>
          els.map((e) => (e instanceof HTMLSelectElement ? e.value : (e as HTMLInputElement).id.replace(/^.*-/, ''))),
        );
    const answersBefore = await checked();
    await page.reload();
    await page.getByRole('heading', { name: 'Tentative 1' }).waitFor();
    expect(await prompts()).toEqual(before);
    expect(await checked()).toEqual(answersBefore);
    expect(flat(await answeredCount(page).innerText())).toBe('2 réponses sur 5');
  });
});
