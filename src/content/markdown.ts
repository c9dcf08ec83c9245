import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { inlineToPlain, type Inline, type RichBlock, type RichText } from './rich-text.ts';

/**
 * A deliberately small markdown dialect: paragraphs, `-` and `1.` lists, **strong**, *em* and
 * [links](https://…), with backslash escapes. Parsed by CommonMark's reference tokenizer
 * (micromark, through mdast-util-from-markdown) with every other construct switched off, so
 * headings, quotes, code, HTML, images, autolinks and entities stay literal text. Compiling here,
 * at build time only (schema.ts), keeps the parser and any HTML sanitiser out of the learner's
 * bundle: the player receives the safe tree of rich-text.ts.
 */
export class MarkdownError extends Error {}

const SAFE_URL = /^(https:\/\/[^\s<>"']+|mailto:[^\s<>"']+|#\/[\w\-/]*)$/;

/** An https:, mailto: or in-course `#/…` link: the only targets course text may point to. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

/** micromark construct names (micromark-core-commonmark) that the dialect leaves as literal text. */
const LITERAL = [
  'autolink',
  'blockQuote',
  'characterReference',
  'codeFenced',
  'codeIndented',
  'codeText',
  'definition',
  'headingAtx',
  'htmlFlow',
  'htmlText',
  'labelStartImage',
  'setextUnderline',
  'thematicBreak',
];

function parse(src: string, lists: boolean): Root {
  const off = lists ? LITERAL : [...LITERAL, 'list'];
  return fromMarkdown(src, { extensions: [{ disable: { null: off } }] });
}

/** The source text of a node, for the error messages. */
const sourceOf = (src: string, n: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
  src.slice(n.position?.start.offset ?? 0, n.position?.end.offset ?? src.length);

function inline(nodes: readonly PhrasingContent[], src: string): Inline[] {
  const out: Inline[] = [];
  const text = (v: string) => {
    const last = out[out.length - 1];
    if (last?.t === 'text') last.v += v;
    else if (v) out.push({ t: 'text', v });
  };
  for (const n of nodes) {
    if (n.type === 'text') text(n.value.replace(/[ \t]*\n[ \t]*/g, ' '));
    else if (n.type === 'break') text(' ');
    else if (n.type === 'strong') out.push({ t: 'strong', c: inline(n.children, src) });
    else if (n.type === 'emphasis') out.push({ t: 'em', c: inline(n.children, src) });
    else if (n.type === 'link') {
      const label = inline(n.children, src);
      if (!isSafeUrl(n.url)) {
        throw new MarkdownError(
          `link "${inlineToPlain(label)}" points to "${n.url}": only https:, mailto: and in-course #/ links are allowed`,
        );
      }
      out.push({ t: 'link', href: n.url, c: label });
    } else throw new MarkdownError(`"${sourceOf(src, n)}" is not part of the course's markdown (${n.type})`);
  }
  return out;
}

function paragraphOf(node: RootContent, src: string): Paragraph {
  if (node.type !== 'paragraph')
    throw new MarkdownError(`"${sourceOf(src, node)}" is not part of the course's markdown (${node.type})`);
  return node;
}

/** One list item is one line of text: a nested list or a second paragraph has no place in the tree. */
function item(li: ListItem, src: string): Inline[] {
  if (li.children.length === 0) return [];
  if (li.children.length > 1)
    throw new MarkdownError(`list item "${sourceOf(src, li)}" must be a single paragraph, without a nested list`);
  return inline(paragraphOf(li.children[0]!, src).children, src);
}

function block(node: RootContent, src: string): RichBlock {
  if (node.type === 'list') {
    const items = (node as List).children.map((li) => item(li, src));
    return node.ordered ? { t: 'ol', items } : { t: 'ul', items };
  }
  return { t: 'p', c: inline(paragraphOf(node, src).children, src) };
}

/**
 * Inline markdown (a title, a caption, a feedback line) into inline runs: no lists, and blank
 * lines join like single line breaks. Throws MarkdownError for a link to an unsafe URL.
 */
export function compileInline(src: string): Inline[] {
  const paragraphs = parse(src, false).children.map((n) => paragraphOf(n, src));
  return inline(
    paragraphs.flatMap((p, i) => (i === 0 ? p.children : [{ type: 'text', value: ' ' } as const, ...p.children])),
    src,
  );
}

/**
 * Markdown into the safe tree: paragraphs, bullet lists, numbered lists. Throws MarkdownError for
 * a link to an unsafe URL or a list item holding more than one line of text.
 */
export function compileMarkdown(src: string): RichText {
  return parse(src, true).children.map((n) => block(n, src));
}
