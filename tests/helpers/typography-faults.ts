import { inlineToPlain, type Inline, type RichText } from '../../src/content/rich-text';

/**
 * What a French reader would see as a typographic fault in text the build produced (content
 * brief, « French typography »). Each pattern is named by the fault it finds.
 */
const FAULTS: [string, RegExp][] = [
  ['plain space before a mark', /[ \t][:;!?]/],
  ['plain space inside guillemets', /« |[ \t]»/],
  ['straight apostrophe', /'/],
  ['double space', /\s{2,}/],
  ['no narrow no-break space before ; ! ?', /(?<![\u202F;!?(«[])[;!?](?=$|[\s)\]»”’.,…])/],
  ['no no-break space before :', /(?<![\u00A0(«[])(?<=.):(?=$|\s)/],
  ['no narrow no-break space after «', /«(?!\u202F)/],
  ['no narrow no-break space before »', /(?<!\u202F)»/],
  ['no no-break space between a number and %', /\d(?:[ \t])?%/],
];

/** The faults found in one French string, by name (empty when it is well set). */
export function faultsIn(text: string): string[] {
  return FAULTS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

export interface TypographyFault {
  where: string;
  fault: string;
  text: string;
}

const tagged = (xs: unknown[], tags: string[]) =>
  xs.length > 0 && xs.every((x) => typeof x === 'object' && x !== null && tags.includes((x as { t?: string }).t ?? ''));

/**
 * Every fault in the text strings of `value` (the built outline, a step chunk, a locale), with
 * its JSON path. A run of compiled markdown is read as the plain text a learner sees, so a fault
 * across bold or a link counts; strings under `nonText` keys (ids, URLs, enums) are skipped.
 */
export function scanStrings(value: unknown, where: string, nonText: ReadonlySet<string>): TypographyFault[] {
  const found: TypographyFault[] = [];
  const check = (text: string, at: string) => faultsIn(text).forEach((fault) => found.push({ where: at, fault, text }));
  const walk = (v: unknown, at: string, key: string): void => {
    if (typeof v === 'string') {
      if (!nonText.has(key)) check(v, at);
    } else if (Array.isArray(v)) {
      if (tagged(v, ['p', 'ul', 'ol']))
        (v as RichText).forEach((b, i) =>
          b.t === 'p'
            ? check(inlineToPlain(b.c), `${at}[${i}]`)
            : b.items.forEach((item, j) => check(inlineToPlain(item), `${at}[${i}].items[${j}]`)),
        );
      else if (tagged(v, ['text', 'strong', 'em', 'link'])) check(inlineToPlain(v as Inline[]), at);
      else v.forEach((x, i) => walk(x, `${at}[${i}]`, key));
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`, k);
    }
  };
  walk(value, where, '');
  return found;
}
