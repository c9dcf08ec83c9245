import type { Page } from 'playwright-core';

/**
 * Small steps that read like a learner's script, so e2e tests say what a person does rather
 * than how the DOM is built.
 */
export function learner(page: Page) {
  const h1 = () => page.locator('h1');
  return {
    h1,
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
      const q = page.locator('fieldset.question').nth(questionIndex);
      for (const label of optionLabels) await q.getByLabel(label, { exact: false }).first().check();
      await q.getByRole('button', { name: 'Valider' }).click();
      await q.locator('.question-result strong').waitFor();
    },
    async saved() {
      await page.locator('.save-status', { hasText: 'Enregistré' }).waitFor();
    },
  };
}
