/**
 * The PDF's standard fonts (Helvetica) only know WinAnsi (Windows-1252) characters; pdf-lib throws
 * on anything else. French text is covered (é è à ç œ « » ’ – — … € and the no-break space
 * U+00A0), but not the narrow no-break space U+202F that French typography puts before ; ! ? and
 * inside « » (stack-notes.md). This maps every string to WinAnsi before it is measured or drawn.
 */

/** Code points above U+00FF that Windows-1252 has (its 0x80–0x9F row). */
const CP1252_HIGH = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/**
 * Nearest WinAnsi equivalents. Narrow and figure no-break spaces become U+00A0, so they still
 * never break a line (« 57 % » and « texte » stay whole); other spaces become plain spaces;
 * invisible characters (zero-width, soft hyphen, BOM) are dropped.
 */
const SUBSTITUTES = new Map<number, string>([
  [0x202f, '\u00a0'],
  [0x2007, '\u00a0'],
  [0x2060, ''],
  [0x200b, ''],
  [0x200c, ''],
  [0x200d, ''],
  [0xfeff, ''],
  [0x00ad, ''],
  [0x2002, ' '],
  [0x2003, ' '],
  [0x2004, ' '],
  [0x2005, ' '],
  [0x2006, ' '],
  [0x2008, ' '],
  [0x2009, ' '],
  [0x200a, ' '],
  [0x0009, ' '],
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '–'],
  [0x2212, '-'],
  [0x2015, '—'],
  [0x2032, '’'],
  [0x2033, '”'],
  [0x2028, '\n'],
  [0x2029, '\n'],
]);

/** The character WinAnsi draws in place of one it cannot (an emoji, a CJK ideogram). */
export const REPLACEMENT = '?';

function isWinAnsi(cp: number): boolean {
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || CP1252_HIGH.has(cp);
}

/**
 * `text` in characters the standard PDF fonts can draw. Line breaks ("\n") are kept; other
 * control characters are dropped; a letter with an accent WinAnsi lacks loses the accent
 * (« ő » → « o »); anything else becomes `REPLACEMENT`. Never throws.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const cp = ch.codePointAt(0)!;
    if (SUBSTITUTES.has(cp)) out += SUBSTITUTES.get(cp)!;
    else if (cp === 0x0a || isWinAnsi(cp)) out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else {
      const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every((c) => isWinAnsi(c.codePointAt(0)!)) ? base : REPLACEMENT;
    }
  }
  return out;
}
