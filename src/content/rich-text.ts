/**
 * The safe tree that lesson text is compiled into at build time. React renders it node by node,
 * so no authored string ever reaches the DOM as HTML.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export type RichBlock = { t: 'p'; c: Inline[] } | { t: 'ul'; items: Inline[][] } | { t: 'ol'; items: Inline[][] };

export type RichText = RichBlock[];

/** Plain text of an inline run, for accessible names, SCORM descriptions and exports. */
export function inlineToPlain(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : inlineToPlain(n.c))).join('');
}

export function richToPlain(blocks: RichText): string {
  return blocks
    .map((b) => (b.t === 'p' ? inlineToPlain(b.c) : b.items.map((i) => `- ${inlineToPlain(i)}`).join('\n')))
    .join('\n\n');
}
