import type { Page } from 'playwright-core';

/**
 * Opens the course map as a learner would at the page's width: the header's « Plan du parcours »
 * on a wide window, through DSFR's « Menu » dialog on a narrow one (below 992 px the header's
 * tools only live there). A relaunched persistent browser opens narrower windows than a fresh
 * context, so the stress runner meets both.
 */
export async function openMap(page: Page): Promise<void> {
  // The header's own button is hidden (so not found by role) while the window is narrow.
  const inHeader = page.getByRole('banner').getByRole('button', { name: 'Plan du parcours' });
  if (await inHeader.isVisible()) return inHeader.click();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Plan du parcours' }).click();
}
