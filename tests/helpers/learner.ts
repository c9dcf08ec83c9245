import type { Locator, Page } from 'playwright-core';

/**
 * Small steps that read like a learner's script, so e2e tests say what a person does rather
 * than how the DOM is built.
 */
export function learner(page: Page) {
  const h1 = () => page.locator('h1');
  /** A practice question: a group holding « Valider » (or, once answered, « Modifier ma réponse »). */
  const question = (i: number) =>
    page
      .getByRole('group')
      .filter({ has: page.getByRole('button', { name: /^(Valider|Modifier ma réponse)$/ }) })
      .nth(i);
  /** The verdict a checked question announces (« Bonne réponse » or « Réponse incorrecte »). */
  const verdict = (q: Locator) => q.getByRole('status').getByText(/^(Bonne réponse|Réponse incorrecte)$/);
  /** The save status line, once it says the learner's work is stored. */
  const savedStatus = () => page.getByRole('status').filter({ hasText: /^Enregistré/ });
  return {
    h1,
    question,
    verdict,
    savedStatus,
    /** On the course map, the headings of the steps (« Étape N · … »). */
    mapSteps: () => page.getByRole('heading', { level: 2, name: /^Étape \d/ }),
    /** On the course map, the links to the lessons of step `i` (0-based). */
    mapLessons: (i: number) =>
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(`^Étape ${i + 1}\\b`) }) })
        .getByRole('link'),
    async open(url: string) {
      await page.goto(url);
      await h1().waitFor();
    },
    async chooseTrack(label: '2 h' | '4 h' | '12 h') {
      await page.getByRole('button', { name: new RegExp(`parcours ${label}\\b`) }).click();
      await page.locator('[data-lesson-end]').waitFor();
    },
    async next() {
      const before = await h1().textContent();
      await page.getByRole('button', { name: 'Suivant', exact: true }).click();
      await page.waitForFunction((t) => document.querySelector('h1')?.textContent !== t, before);
    },
    /** Scrolls to the end marker so the lesson counts as viewed. */
    async readToEnd() {
      await page.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    },
    async answer(questionIndex: number, optionLabels: string[]) {
      const q = question(questionIndex);
      for (const label of optionLabels) await q.getByLabel(label, { exact: false }).first().check();
      await q.getByRole('button', { name: 'Valider' }).click();
      await verdict(q).waitFor();
    },
    async saved() {
      await savedStatus().waitFor();
    },
  };
}
