import type { Inline, RichBlock, RichText } from './rich-text.ts';

/**
 * A deliberately small markdown dialect: paragraphs, `-` and `1.` lists, **strong**, *em* and
 * [links](https://…). Anything else stays literal text. Compiling here, at build time, keeps a
 * markdown parser and an HTML sanitiser out of the learner's bundle.
 */
export class MarkdownError extends Error {}

const SAFE_URL = /^(https:\/\/[^\s<>"']+|mailto:[^\s<>"']+|#\/[\w\-/]*)$/;

export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}

export function compileInline(src: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const strong = /^\*\*(.+?)\*\*/s.exec(rest);
    if (strong) {
      flush();
      out.push({ t: 'strong', c: compileInline(strong[1]!) });
      i += strong[0].length;
      continue;
    }
    const em = /^\*([^*\s](?:[^*]*[^*\s])?)\*/s.exec(rest);
    if (em) {
      flush();
      out.push({ t: 'em', c: compileInline(em[1]!) });
      i += em[0].length;
      continue;
    }
    const link = /^\[([^\]]+)\]\(([^)\s]*)\)/.exec(rest);
    if (link) {
      const href = link[2]!;
      if (!isSafeUrl(href)) {
        throw new MarkdownError(
          `link "${link[1]}" points to "${href}": only https:, mailto: and in-course #/ links are allowed`,
        );
      }
      flush();
      out.push({ t: 'link', href, c: compileInline(link[1]!) });
      i += link[0].length;
      continue;
    }
    text += src[i];
    i += 1;
  }
  flush();
  return out;
}

const BULLET = /^\s*[-•]\s+/;
const NUMBER = /^\s*\d+[.)]\s+/;

export function compileMarkdown(src: string): RichText {
  const blocks: RichBlock[] = [];
  for (const chunk of src.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((l) => BULLET.test(l))) {
      blocks.push({ t: 'ul', items: lines.map((l) => compileInline(l.replace(BULLET, '').trim())) });
    } else if (lines.every((l) => NUMBER.test(l))) {
      blocks.push({ t: 'ol', items: lines.map((l) => compileInline(l.replace(NUMBER, '').trim())) });
    } else {
      blocks.push({ t: 'p', c: compileInline(lines.map((l) => l.trim()).join(' ')) });
    }
  }
  return blocks;
}
