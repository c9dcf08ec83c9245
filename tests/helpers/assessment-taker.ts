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
  /** The attempt's questions: groups named « Question n sur N · Étape … » then the prompt. */
  const questions = () => page.getByRole('group', { name: /^Question \d+ sur \d+ · / });

  /**
   * The bank entry a question on screen shows. Its legend reads the number, the step, then the
   * prompt: the entry whose prompt comes first in the group's text (the longest, should one
   * prompt begin another).
   */
  async function questionOf(box: Locator): Promise<BankEntry> {
    const text = flat((await box.textContent()) ?? '');
    let found: { at: number; prompt: string; q: BankEntry } | null = null;
    for (const [prompt, q] of byPrompt) {
      const at = text.indexOf(prompt);
      if (at < 0 || (found && (at > found.at || (at === found.at && prompt.length <= found.prompt.length)))) continue;
      found = { at, prompt, q };
    }
    if (!found) throw new Error(`no bank question is asked in « ${text.slice(0, 120)} »`);
    return found.q;
  }

  async function answer(box: Locator, right: boolean) {
    const q = await questionOf(box);
    if (q.kind === 'ordering') {
      const wanted = q.items.map((i) => flat(inlineToPlain(i.text)));
      if (!right) return box.getByRole('button', { name: 'Garder cet ordre' }).click();
      // Moves each item up to its place, as a learner would with « Monter « item » ».
      const items = box.getByRole('listitem');
      for (let target = 0; target < wanted.length; target++) {
        const up = (scope: Locator) => scope.getByRole('button', { name: `Monter « ${wanted[target]} »`, exact: true });
        let at = target;
        while (at < wanted.length && (await up(items.nth(at)).count()) === 0) at++;
        if (at === wanted.length) throw new Error(`« ${wanted[target]} » is not in the list`);
        for (; at > target; at--) await up(box).click();
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
    /** The prompt of a question on screen, as the bank words it (spaces collapsed). */
    promptOf: async (box: Locator) => flat(inlineToPlain((await questionOf(box)).prompt)),
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
      await page.getByRole('heading', { level: 3, name: /^Résultat de la tentative \d+$/ }).waitFor();
    },
  };
}
