import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_COURSE_DIR, assessmentCourse } from '../helpers/assessment-course';
import { assessmentTaker } from '../helpers/assessment-taker';
import { launchBrowser } from '../helpers/browser';
import { buildApp } from '../helpers/build-app';
import { learner } from '../helpers/learner';
import { serveStatic, type StaticServer } from '../helpers/static-server';

/**
 * The final assessment and the attestation in their DSFR look: axe-core (WCAG 2.1 A/AA and best
 * practices) finds nothing on the rules, an attempt in progress, the « unanswered » warning, a
 * failed and a passed result with their review, and the end screen's attestation panel, each in
 * the light and dark themes at 1280 and 390 px. Built from the small fixture course, so a whole
 * attempt fits in a test.
 */
const { bank, outline } = assessmentCourse();
const EVAL = outline.assessment!.lessonId;
const out = mkdtempSync(join(tmpdir(), 'at-assessment-look-'));
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

const LOOKS = [
  { theme: 'light', width: 1280 },
  { theme: 'dark', width: 1280 },
  { theme: 'light', width: 390 },
  { theme: 'dark', width: 390 },
] as const;

/**
 * Runs axe on the screen as it is, in every theme and width. The theme is set the way the app
 * sets it (DSFR's data-fr-scheme/data-fr-theme on <html>), so screen state held only in React
 * (the « unanswered » warning) survives; the pointer and focus are moved away first, so DSFR's
 * hover and focus tints are not what gets measured.
 */
async function noViolations(page: Page, label: string) {
  for (const look of LOOKS) {
    await page.setViewportSize({ width: look.width, height: 844 });
    await page.evaluate((t) => {
      document.documentElement.dataset.frScheme = t;
      document.documentElement.dataset.frTheme = t;
    }, look.theme);
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // DSFR animates colours on a theme change: measure once every transition has ended.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    const r = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const found = r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(found, `${label} (${look.theme}, ${look.width} px)`).toEqual([]);
  }
}

describe('the final assessment and the attestation, in the DSFR look', () => {
  it('have no axe violation in light and dark, at 1280 and 390 px, from the rules to the attestation', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 844 } })).newPage();
    const l = learner(page);
    const taker = assessmentTaker(page, bank);
    await l.open(server.url);
    await l.chooseTrack('12 h');
    for (const lesson of outline.steps.flatMap((s) => s.lessons).filter((x) => x.id !== EVAL)) {
      await page.goto(`${server.url}#/lecon/${lesson.id}`);
      await l.lessonShown();
      if (lesson.questions.length) await l.answer(0, ['Deux']);
      await l.readToEnd();
      await l.doneBadge().waitFor();
    }
    await page.goto(`${server.url}#/lecon/${EVAL}`);
    await page.getByRole('button', { name: 'Commencer l’évaluation' }).waitFor();
    await noViolations(page, 'rules');

    await page.getByRole('button', { name: 'Commencer l’évaluation' }).click();
    await expect.poll(() => taker.questions().count()).toBe(5);
    await taker.answerAll((i) => i < 3, 1);
    await noViolations(page, 'attempt in progress');
    await page.getByRole('button', { name: 'Remettre mon évaluation' }).click();
    await page.getByRole('button', { name: 'Continuer à répondre' }).waitFor();
    await noViolations(page, 'unanswered warning');
    await page.getByRole('button', { name: 'Remettre quand même' }).click();
    await page.getByRole('heading', { level: 3, name: /^Résultat de la tentative \d+$/ }).waitFor();
    await noViolations(page, 'failed result and review');

    await page.getByRole('button', { name: 'Repasser l’évaluation' }).first().click();
    await page.getByRole('heading', { name: 'Tentative 2' }).waitFor();
    await taker.answerAll(() => true);
    await taker.submit();
    await noViolations(page, 'passed result');

    await page.getByRole('button', { name: 'Voir mon résultat et mon attestation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Parcours terminé' }).waitFor();
    await noViolations(page, 'end screen, name to give');
    await page.getByLabel('Votre nom, tel qu’il figurera sur l’attestation').fill('Élodie Dupré');
    await page.getByRole('button', { name: 'Enregistrer ce nom' }).click();
    await page.getByRole('button', { name: 'Télécharger mon attestation (PDF)' }).waitFor();
    await noViolations(page, 'end screen, attestation ready');
  }, 240_000);
});
