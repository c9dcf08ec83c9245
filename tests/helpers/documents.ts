import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

/** Steps a learner takes with the feuille de route and the dossier, for the e2e tests. */

export type Line = { action: string; due: string; who: string };

/** Fills the lines of an action plan (the fieldset named by its prompt or field label). */
export async function fillActionPlan(plan: Locator, lines: Line[]) {
  for (const [i, line] of lines.entries()) {
    const row = plan.getByRole('group', { name: `Action ${i + 1}`, exact: true });
    await row.getByLabel('Quoi', { exact: true }).fill(line.action);
    await row.getByLabel('Échéance', { exact: true }).fill(line.due);
    await row.getByLabel('Qui', { exact: true }).fill(line.who);
  }
  await plan.getByLabel('Qui', { exact: true }).last().blur();
  await plan.getByText('Enregistré dans votre journal').waitFor();
}

/** What an action plan shows, line by line. */
export async function readActionPlan(plan: Locator, count: number): Promise<Line[]> {
  const out: Line[] = [];
  for (let i = 1; i <= count; i++) {
    const row = plan.getByRole('group', { name: `Action ${i}`, exact: true });
    out.push({
      action: await row.getByLabel('Quoi', { exact: true }).inputValue(),
      due: await row.getByLabel('Échéance', { exact: true }).inputValue(),
      who: await row.getByLabel('Qui', { exact: true }).inputValue(),
    });
  }
  return out;
}

/** Types into a journal textarea and waits until the journal holds it. */
export async function write(field: Locator, text: string) {
  await field.fill(text);
  await field.blur();
  // The saved line is the field's own description (aria-describedby), beside it in its group.
  await field.locator('xpath=..').getByText('Enregistré dans votre journal').waitFor();
}

/** Clicks a download button and returns the file's name and bytes. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Script URLs the page has loaded so far. */
export function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
}

/**
 * The page as the printer sees it: its visible text under print media, and every visible
 * element that is not part of the printed document (banner, headings, fields, buttons).
 * With `screen`, the same reading of the page as shown, to prove the check can see strays.
 */
export async function printedPage(
  page: Page,
  media: 'print' | 'screen' = 'print',
): Promise<{ text: string; strays: string[] }> {
  await page.emulateMedia({ media });
  const result = await page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const strays = [...document.querySelectorAll('body *')]
      .filter((el) => visible(el) && !el.closest('.print-document') && !el.querySelector('.print-document'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`);
    // No-break spaces (French typography) read as spaces, so tests can match plain text.
    return { text: document.body.innerText.replace(/[\u00a0\u202f]/g, ' '), strays };
  });
  await page.emulateMedia({ media: 'screen' });
  return result;
}
