import type { Frame, Locator, Page } from 'playwright-core';
import type { BankEntry } from '../../src/content/model';
import { inlineToPlain } from '../../src/content/rich-text';

/**
 * A learner taking the final assessment in the browser, knowing the bank (the test's answer
 * key): finds each question on screen by its prompt and answers it rightly or wrongly, the way
 * a person would (ticking labels, moving items with the buttons, choosing in lists).
 */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

export function assessmentTaker(page: Page | Frame, bank: readonly BankEntry[]) {
  const byPrompt = new Map(bank.map((q) => [flat(inlineToPlain(q.prompt)), q]));
  const questions = () => page.locator('fieldset.attempt-question');

  async function questionOf(box: Locator): Promise<BankEntry> {
    const prompt = flat(await box.locator('.question-prompt').innerText());
    const q = byPrompt.get(prompt);
    if (!q) throw new Error(`no bank question reads « ${prompt} »`);
    return q;
  }

  async function answer(box: Locator, right: boolean) {
    const q = await questionOf(box);
    if (q.kind === 'ordering') {
      const wanted = q.items.map((i) => flat(inlineToPlain(i.text)));
      if (!right) return box.getByRole('button', { name: 'Garder cet ordre' }).click();
      // Moves each item up to its place, as a learner would with « Monter ».
      for (let target = 0; target < wanted.length; target++) {
        const shown = (await box.locator('.ordering-text').allInnerTexts()).map(flat);
        for (let at = shown.indexOf(wanted[target]!); at > target; at--)
          await box
            .locator('.ordering li')
            .nth(at)
            .getByRole('button', { name: /Monter/ })
            .click();
      }
      return;
    }
    if (q.kind === 'matching') {
      for (const [i, pair] of q.pairs.entries()) {
        const target = right ? pair.target : q.targets.find((t) => t.id !== pair.target)!.id;
        const label = flat(inlineToPlain(q.targets.find((t) => t.id === target)!.text));
        await box.getByLabel(flat(inlineToPlain(pair.text)), { exact: true }).selectOption({ label });
        void i;
      }
      return;
    }
    const picks = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct)!];
    for (const o of picks) await box.getByLabel(flat(inlineToPlain(o.text)), { exact: true }).check();
  }

  return {
    questions,
    questionOf,
    /** Answers every question shown, right where `right(prompt-ordered index)` says so. */
    async answerAll(right: (i: number, q: BankEntry) => boolean, from = 0) {
      const count = await questions().count();
      for (let i = from; i < count; i++) {
        const box = questions().nth(i);
        await answer(box, right(i, await questionOf(box)));
      }
    },
    answer,
    async submit() {
      await page.getByRole('button', { name: 'Remettre mon évaluation' }).click();
      await page.locator('.attempt-result h3').first().waitFor();
    },
  };
}
