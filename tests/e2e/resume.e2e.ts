import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchProfile } from '../helpers/browser';
import { checkedOptions, feedbacks, learner } from '../helpers/learner';

const base = inject('baseUrl');
let context: BrowserContext | undefined;
let profile = '';

afterEach(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function firstQuizLesson(page: import('playwright-core').Page, l: ReturnType<typeof learner>) {
  for (let i = 0; i < 10; i++) {
    if (await l.questions().count()) return;
    await l.next();
  }
  throw new Error('no quiz in the first 10 lessons');
}

describe('resume after a reload', () => {
  it('chooses 2 h, walks 3 lessons, answers a quiz, and « Reprendre » brings back the same lesson with its answers', async () => {
    profile = mkdtempSync(join(tmpdir(), 'at-resume-'));
    context = await launchProfile(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    const l = learner(page);
    await l.open(base);
    expect(await page.getByRole('button', { name: /Reprendre/ }).count()).toBe(0);
    await l.chooseTrack('2 h');
    await l.readToEnd();
    await l.next();
    await l.readToEnd();
    await l.next();
    await firstQuizLesson(page, l);
    const title = await l.h1().textContent();
    const verdict = await l.answerFirst(0);
    await l.saved();

    await page.reload();
    await l.h1().waitFor();
    // A reload keeps the hash, so it lands on the same lesson straight away.
    expect(await l.h1().textContent()).toBe(title);

    // A fresh visit of the home page offers « Reprendre ».
    await page.goto(base);
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await l.question(0).waitFor();
    expect(await l.h1().textContent()).toBe(title);
    const restored = l.question(0);
    expect(await l.verdict(restored).textContent()).toBe(verdict);
    expect(await checkedOptions(restored).count()).toBe(1);
    expect(await feedbacks(restored).count()).toBeGreaterThan(1);
  });

  it('keeps progress when the whole browser is closed and relaunched', async () => {
    profile = mkdtempSync(join(tmpdir(), 'at-relaunch-'));
    context = await launchProfile(profile);
    let page = context.pages()[0] ?? (await context.newPage());
    let l = learner(page);
    await l.open(base);
    await l.chooseTrack('4 h');
    await l.readToEnd();
    await l.next();
    const title = await l.h1().textContent();
    await l.saved();
    await context.close();

    context = await launchProfile(profile);
    page = context.pages()[0] ?? (await context.newPage());
    l = learner(page);
    await l.open(base);
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await l.lessonShown();
    expect(await l.h1().textContent()).toBe(title);
    await page.getByRole('button', { name: 'Plan du parcours' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan du parcours' }).waitFor();
    expect(await page.getByText('Parcours 4 h · Se positionner').count()).toBe(1);
    // The first lesson was read to its end but its quiz is unanswered: viewed, not completed.
    expect(await page.getByText('lue, activité à terminer', { exact: false }).count()).toBe(1);
    expect(await page.getByText('commencée', { exact: false }).count()).toBe(1);
  });
});
