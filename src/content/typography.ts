import type { Inline, RichText } from './rich-text.ts';

/**
 * French typography applied by the build, so authors type plain text (content brief, « French
 * typography »; rules from the Lexique des règles typographiques en usage à l'Imprimerie
 * nationale):
 * - a narrow no-break space (U+202F) before ; ! ? and inside « », whether the author typed a
 *   space or not;
 * - a no-break space (U+00A0) before : and between a number and its unit or % (« 57 % »,
 *   « 18 mois », « 9 h 30 », « 1,5 an »), and a narrow one between digit groups (« 10 000 »);
 * - the typographic apostrophe ’ for the straight ';
 * - no double spaces.
 * Left untouched: URLs and e-mail addresses (bare or not), in-course links (#/…), i18next
 * placeholders ({{count}}, $t(key)), and anything glued like code (« 9:30 », « a?b »,
 * « s2-qui-fait-quoi », « 2015-2022 »). French text only: callers never pass English here.
 */

export const NNBSP = '\u202F';
export const NBSP = '\u00A0';

/** A protected span (URL, e-mail, nesting): never altered, reads as a word to the rules. */
const OPAQUE = '\uE000';
/** An i18next placeholder: never altered, reads as a number before a unit (« {{count}} min »). */
const NUMERIC = '\uE001';

const PROTECT = new RegExp(
  [
    /(\{\{[^{}]*\}\})/,
    /\$t\([^)]*\)/,
    // A URL ends before trailing sentence punctuation, as linkifiers do: « voir https://x.fr. »
    /(?:https?:\/\/|www\.|mailto:)[^\s<>"«»]*[^\s<>"«».,;:!?)’']/,
    /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/,
    /#\/[\w\-/]*/,
  ]
    .map((r) => r.source)
    .join('|'),
  'gu',
);

/** Any horizontal space an author or a rule may leave: space, tab, no-break, narrow, thin. */
const SP = '[ \\t\\u00A0\\u202F\\u2009]';
const SPACE_RUN = new RegExp(`${SP}{2,}`, 'g');
const LEADING_SPACE = new RegExp(`^${SP}+`);
/** What a mark may follow: not a space, an opening bracket or quote, nor another mark (« ?! »). */
const AFTER_WORD = `(?<=[^\\s(\\[{«“‘;!?])`;
/** A mark glued to the word gets a space only where a sentence goes on (not in « a?b »). */
const GOES_ON = `(?=$|[\\s)\\]}»”’.,;:!?…])`;
/** Units after a number (time, percent, money, size); words of the field, not counted nouns. */
const UNITS = ['%', '‰', '€', 'k€', 'M€', 'Md€', 'euros?', 'h', 'min', 'heures?', 'minutes?', 'secondes?']
  .concat(['jours?', 'semaines?', 'mois', 'ans?', 'années?', 'km', 'kg', 'ko', 'Mo', 'Go'])
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A number starts a token: not glued to a letter, digit or decimal mark (« s2 », « 1,5 »). */
const NUMBER_START = '(?<![\\p{L}\\p{N}_.,])';
/** A unit typed with no space gets one only after a free-standing number (not « parcours-2h »). */
const GLUED_START = '(?<![\\p{L}\\p{N}_.,\\-/#=])';
const NUMBER = `(\\d+(?:[.,]\\d+)?|${NUMERIC})`;
const UNIT_END = `(${UNITS})(?![\\p{L}\\p{N}_’])`;

type Replacer = (match: string, ...groups: string[]) => string;
const RULES: [RegExp, string | Replacer][] = [
  [/'/g, '’'],
  [/[\t\r\n]/g, ' '],
  [SPACE_RUN, (run) => (run.includes(NNBSP) ? NNBSP : run.includes(NBSP) ? NBSP : ' ')],
  // « 9 h 30 », « 9h30 », « 12 h »: hours and minutes stay on one line.
  [
    new RegExp(`${GLUED_START}(\\d{1,2})${SP}?h(?:${SP}?([0-5]\\d))?(?![\\p{L}\\p{N}_])`, 'gu'),
    (_m, h, min) => `${h}${NBSP}h${min ? NBSP + min : ''}`,
  ],
  [new RegExp(`${NUMBER_START}${NUMBER}${SP}${UNIT_END}`, 'gu'), `$1${NBSP}$2`],
  [new RegExp(`${GLUED_START}${NUMBER}${UNIT_END}`, 'gu'), `$1${NBSP}$2`],
  // « 10 000 »: groups of three digits typed with spaces.
  [
    new RegExp(`${NUMBER_START}\\d{1,3}(?:${SP}\\d{3})+(?![\\p{N}]|[.,]\\p{N})`, 'gu'),
    (m) => m.replace(new RegExp(SP, 'g'), NNBSP),
  ],
  [new RegExp(`«${SP}*`, 'g'), `«${NNBSP}`],
  [new RegExp(`(?<=[^\\s])${SP}*»`, 'g'), `${NNBSP}»`],
  [new RegExp(`${AFTER_WORD}${SP}+([;!?]+)`, 'g'), `${NNBSP}$1`],
  [new RegExp(`${AFTER_WORD}([;!?]+)(?![;!?])${GOES_ON}`, 'g'), `${NNBSP}$1`],
  [new RegExp(`${AFTER_WORD}${SP}+:`, 'g'), `${NBSP}:`],
  [new RegExp(`${AFTER_WORD}:${GOES_ON}`, 'g'), `${NBSP}:`],
];

const isSpace = (c: string) => /\s/.test(c);

/**
 * Typesets one French string. `prev` is the last character of the text just before it in the
 * same run (a bold word before « ? »), or '' at the start: a mark opening this string then
 * takes its space, and a space that would double the previous one is dropped.
 * @throws Error if the text holds the private-use characters U+E000/U+E001 the rules reserve.
 */
export function typesetFrench(text: string, prev = ''): string {
  if (/[\uE000\uE001]/.test(text)) throw new Error(`text holds a reserved character U+E000/U+E001: ${text}`);
  let body = text;
  let before = prev.slice(-1);
  if (before && isSpace(before)) {
    body = body.replace(LEADING_SPACE, '');
    before = '';
  }
  const kept: string[] = [];
  let s =
    before +
    body.replace(PROTECT, (m, placeholder?: string) => {
      kept.push(m);
      return placeholder ? NUMERIC : OPAQUE;
    });
  for (const [rule, by] of RULES) s = typeof by === 'string' ? s.replace(rule, by) : s.replace(rule, by);
  let i = 0;
  return s.slice(before.length).replace(/[\uE000\uE001]/g, () => kept[i++]!);
}

/** Typesets a run of inline nodes as one text: marks and spaces see across bold, italic and links. */
export function typesetInline(nodes: readonly Inline[]): Inline[] {
  let prev = '';
  const walk = (list: readonly Inline[]): Inline[] =>
    list.flatMap((n): Inline[] => {
      if (n.t !== 'text') return [{ ...n, c: walk(n.c) }];
      const v = typesetFrench(n.v, prev);
      if (v) prev = v;
      return v ? [{ t: 'text', v }] : [];
    });
  return walk(nodes);
}

/** Typesets compiled markdown: each paragraph and each list item is its own run. */
export function typesetRich(blocks: RichText): RichText {
  return blocks.map((b) =>
    b.t === 'p' ? { t: 'p', c: typesetInline(b.c) } : { t: b.t, items: b.items.map(typesetInline) },
  );
}
