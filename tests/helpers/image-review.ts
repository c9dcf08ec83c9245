import { readdirSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { inlineToPlain, type RichText } from '../../src/content/rich-text';

/**
 * What a reviewer of an accessible, safe public course checks on each image, as far as it can be
 * checked mechanically. Each function returns problems as sentences naming the file (empty: none).
 * The rules come from RGAA 4.1 (1.2 decorative images, 1.3 relevant alternatives, 1.6 long
 * descriptions), from how an SVG is exposed to assistive technology (role="img" and a title,
 * SVG-AAM), and from the player's CSP and offline cache (a diagram loads nothing from elsewhere).
 */
export interface ReviewedImage {
  src: string;
  alt: string;
  decorative?: boolean;
  /** Plain text of the caption, if any. */
  caption?: string;
  /** The long description, compiled (as the player renders it). */
  description?: RichText;
}

/** An alt of at most ~250 characters: a sentence; what does not fit goes to the description. */
export const ALT_MAX = 250;
/** Words that name the medium, not what it shows: an alt made of them alone says nothing. */
const GENERIC_ALTS = new Set([
  'image',
  'schéma',
  'schema',
  'diagramme',
  'illustration',
  'figure',
  'graphique',
  'photo',
]);

/** Lower case, typographic quotes and spaces made plain, punctuation dropped, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[\s\u00A0\u202F\u2009]+/g, ' ')
    .replace(/[«»“”"():;,.!?…·•–—/-]/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** Plain text of a compiled description, its paragraphs and list items one after another. */
export function descriptionText(blocks: RichText | undefined): string {
  return (blocks ?? [])
    .map((b) => (b.t === 'p' ? inlineToPlain(b.c) : b.items.map(inlineToPlain).join('\n')))
    .join('\n');
}

/** RGAA 1.2/1.3: an informative image has an alt that says what it shows, briefly. */
export function altProblems(img: ReviewedImage): string[] {
  if (img.decorative) return [];
  const alt = normalise(img.alt);
  const file = basename(img.src, extname(img.src));
  if (alt === '') return [`${img.src}: alt is empty but the image is not marked "decorative"`];
  const problems: string[] = [];
  if (alt === normalise(file) || alt === normalise(basename(img.src)))
    problems.push(`${img.src}: alt is the file name ("${img.alt}"): say what the image shows`);
  if (alt.split(' ').every((w) => GENERIC_ALTS.has(w)))
    problems.push(`${img.src}: alt "${img.alt}" names the medium, not what it shows`);
  if (img.alt.length > ALT_MAX)
    problems.push(
      `${img.src}: alt is ${img.alt.length} characters (at most ${ALT_MAX}): move details to the description`,
    );
  return problems;
}

/** Whether a reference stays inside the file: a fragment (`#id`, `url(#id)`), or nothing. */
const internal = (ref: string) => ref.trim().startsWith('#');
const URL_REFS = /url\(\s*['"]?([^'")]*)/g;

/**
 * SVG-AAM and the CSP: the diagram is exposed as one image with a name, runs nothing, and loads
 * nothing from outside (an external font, image or stylesheet would break offline and the CSP).
 */
export function svgSafetyProblems(src: string, svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (doc.getElementsByTagName('parsererror').length || root.localName !== 'svg')
    return [`${src}: is not a well-formed SVG document`];
  const problems: string[] = [];
  if (root.getAttribute('role') !== 'img') problems.push(`${src}: the <svg> has no role="img"`);
  const title = [...root.children].find((e) => e.localName === 'title')?.textContent?.trim();
  const labelledBy = (root.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id)?.textContent?.trim() : ''))
    .filter(Boolean);
  if (!title && !labelledBy.length)
    problems.push(`${src}: the <svg> has no <title> nor an aria-labelledby that names it`);
  for (const el of doc.getElementsByTagName('*')) {
    const tag = el.localName;
    if (tag === 'script') problems.push(`${src}: holds a <script>`);
    if (tag === 'foreignObject') problems.push(`${src}: holds a <foreignObject> (HTML inside the diagram)`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.localName)) problems.push(`${src}: <${tag}> has an event handler ${a.name}`);
      if (a.localName === 'href' && !internal(a.value))
        problems.push(`${src}: <${tag}> links outside the file: ${a.value}`);
      for (const [, ref] of a.value.matchAll(URL_REFS))
        if (!internal(ref!)) problems.push(`${src}: <${tag}> ${a.name} loads url(${ref}) from outside the file`);
    }
    if (tag === 'style') {
      const css = el.textContent ?? '';
      for (const [, ref] of css.matchAll(URL_REFS))
        if (!internal(ref!)) problems.push(`${src}: <style> loads url(${ref}) from outside the file`);
      if (/@import/i.test(css)) problems.push(`${src}: <style> has an @import`);
    }
  }
  return problems;
}

/** Short words that carry no content of their own (French articles, pronouns, prepositions). */
const STOPWORDS = new Set(
  'avec dans pour par sur sous sans entre leur leurs mais plus tous toute toutes tout cette ces celle chaque comme elle elles nous vous être fait quoi quel quels quelle quelles dont donc aussi très'.split(
    ' ',
  ),
);
/** The words of a text that carry its content: four letters or more, not a stopword. */
const contentWords = (text: string) =>
  normalise(text)
    .split(/[ ']/)
    .filter((w) => w.length >= 4 && !STOPWORDS.has(w));
/** Same word up to a plural or a verb ending: one is the other, or begins it (regarde/regardent). */
const sameWord = (a: string, b: string) => {
  const [x, y] = [a.replace(/[sx]$/, ''), b.replace(/[sx]$/, '')];
  return x.startsWith(y) || y.startsWith(x);
};

/**
 * RGAA 1.6: what the diagram says in words is also said by its text alternative. Checked word by
 * word, not line by line: the description may reorder or rephrase a label ("ce que j'apporte" →
 * "ce que chacun apporte"), but a word of the diagram that the alt, caption and description never
 * say is information a learner who cannot see the image does not get.
 */
export function svgTextProblems(img: ReviewedImage, svg: string): string[] {
  if (img.decorative) return [];
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const said = contentWords([img.alt, img.caption ?? '', descriptionText(img.description)].join('\n'));
  const problems: string[] = [];
  for (const text of doc.getElementsByTagName('text')) {
    const line = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
    const missing = contentWords(line).filter((w) => !said.some((s) => sameWord(w, s)));
    if (missing.length)
      problems.push(
        `${img.src}: the diagram says "${line}", but the alt, caption and description never say: ${missing.join(', ')}`,
      );
  }
  return problems;
}

/** Every image file of `mediaDir` is shown by a block, and every block's file is there. */
export function mediaProblems(mediaDir: string, srcs: readonly string[]): string[] {
  const files = readdirSync(mediaDir).map((f) => `media/${f}`);
  return [
    ...srcs.filter((s) => !files.includes(s)).map((s) => `${s}: no such file in ${mediaDir}`),
    ...files.filter((f) => !srcs.includes(f)).map((f) => `${f}: no image block shows it (an unreviewed file shipped)`),
  ];
}
