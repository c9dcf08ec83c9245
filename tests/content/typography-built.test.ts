import { describe, expect, it } from 'vitest';
import { outline, stepLoaders } from 'virtual:course';
// Imported through Vite, like the app: this is the locale as the build ships it.
import fr from '../../src/i18n/locales/fr.json';
import en from '../../src/i18n/locales/en.json';
import type { StepContent } from '../../src/content/model';
import type { Block } from '../../src/content/schema';
import { COURSE_NON_TEXT_KEYS } from '../../src/content/typeset-tree';
import { faultsIn, scanStrings } from '../helpers/typography-faults';

/**
 * Issue 12, item 1: the text the build produces — the compiled outline and every step chunk
 * (the `virtual:course` modules the app bundles) and the French UI locale — holds no plain space
 * before « : ; ? ! », none inside « », no straight apostrophe and no double space.
 */
const NO_KEYS: ReadonlySet<string> = new Set();
const steps = await Promise.all(
  Object.entries(stepLoaders).map(async ([id, load]) => ({ id, content: (await load()).default })),
);

describe('French typography of the built course and locale', () => {
  it('finds no fault in the compiled outline', () => {
    expect(scanStrings(outline, 'outline', COURSE_NON_TEXT_KEYS)).toEqual([]);
  });

  it.each(steps)('finds no fault in the step chunk $id', ({ id, content }) => {
    expect(Object.keys(content.lessons).length).toBeGreaterThan(0);
    expect(scanStrings(content, id, COURSE_NON_TEXT_KEYS)).toEqual([]);
  });

  it('finds no fault in the built French locale', () => {
    expect(scanStrings(fr, 'fr', NO_KEYS)).toEqual([]);
  });

  it('leaves the English locale as written (straight apostrophes, no French spacing)', () => {
    expect(en.notices['storage-quota']).toMatch(/^Your browser's storage is full: /);
  });
});

describe('the typography scan (control)', () => {
  it.each([
    ['Pourquoi faire alliance ?', 'plain space before a mark'],
    ['À retenir : trois effets', 'plain space before a mark'],
    ['un échange ; une alliance', 'plain space before a mark'],
    ['« jouer collectif »', 'plain space inside guillemets'],
    ["l'alliance", 'straight apostrophe'],
    ['deux  espaces', 'double space'],
    ['Pourquoi?', 'no narrow no-break space before ; ! ?'],
    ['Note\u00A0? oui', 'no narrow no-break space before ; ! ?'],
    ['Note: voici', 'no no-break space before :'],
    ['«\u202Fjouer»', 'no narrow no-break space before »'],
    ['57 %', 'no no-break space between a number and %'],
  ])('reports %j as « %s »', (text, fault) => {
    expect(faultsIn(text)).toContain(fault);
  });

  it('passes well-set text, URLs, times and placeholders', () => {
    for (const ok of [
      'Pourquoi faire alliance\u202F?',
      'À retenir\u00A0: «\u202Fjouer collectif\u202F»\u202F!',
      'l’alliance, 57\u00A0%, 9\u00A0h\u00A030, 2015-2022, 1,5\u00A0an',
      'voir https://www.odd17.org/a?b=1 et 9:30',
      'Reprendre\u00A0: {{lesson}}',
    ])
      expect(faultsIn(ok), ok).toEqual([]);
  });

  it('catches a fault planted in a copy of the built outline, a step chunk and the locale', () => {
    const planted = structuredClone(outline);
    planted.steps[0]!.lessons[0]!.title += ' : suite';
    const step: StepContent = structuredClone(steps[0]!.content);
    const blocks: Block[] = Object.values(step.lessons)[0] ?? [];
    const block = blocks.find((b) => b.type === 'callout' || b.type === 'text');
    if (!block || !('body' in block) || block.body[0]?.t !== 'p') throw new Error('fixture: no text block in step 1');
    block.body[0].c.push({ t: 'strong', c: [{ t: 'text', v: "l'alliance" }] });
    const locale = { ...structuredClone(fr), planted: { resume: 'Reprendre : {{lesson}}' } };

    const found = (faults: { where: string; fault: string }[]) => faults.map((f) => `${f.where}: ${f.fault}`);
    expect(found(scanStrings(planted, 'outline', COURSE_NON_TEXT_KEYS))).toContain(
      'outline.steps[0].lessons[0].title: plain space before a mark',
    );
    expect(found(scanStrings(step, 'step', COURSE_NON_TEXT_KEYS))).toEqual([
      expect.stringMatching(/^step\.lessons\.[\w-]+\[\d+\]\.body\[0\]: straight apostrophe$/),
    ]);
    expect(found(scanStrings(locale, 'fr', NO_KEYS))).toContain('fr.planted.resume: plain space before a mark');
  });
});
