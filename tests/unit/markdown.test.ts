import { describe, expect, it } from 'vitest';
import { compileInline, compileMarkdown, MarkdownError } from '../../src/content/markdown';

describe('the limited markdown compiler', () => {
  it('turns paragraphs, lists, strong, em and links into a tree', () => {
    expect(compileMarkdown('Un **mot** et *un autre*.\n\n- a\n- [b](https://www.odd17.org)\n\n1. un\n2. deux')).toEqual(
      [
        {
          t: 'p',
          c: [
            { t: 'text', v: 'Un ' },
            { t: 'strong', c: [{ t: 'text', v: 'mot' }] },
            { t: 'text', v: ' et ' },
            { t: 'em', c: [{ t: 'text', v: 'un autre' }] },
            { t: 'text', v: '.' },
          ],
        },
        {
          t: 'ul',
          items: [[{ t: 'text', v: 'a' }], [{ t: 'link', href: 'https://www.odd17.org', c: [{ t: 'text', v: 'b' }] }]],
        },
        { t: 'ol', items: [[{ t: 'text', v: 'un' }], [{ t: 'text', v: 'deux' }]] },
      ],
    );
  });

  it('keeps HTML as literal text, never as markup', () => {
    expect(compileInline('<img src=x onerror=alert(1)>')).toEqual([{ t: 'text', v: '<img src=x onerror=alert(1)>' }]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>', 'http://insecure.example', '//evil', 'vbscript:x'])(
    'refuses a link to %s',
    (href) => {
      expect(() => compileInline(`[clic](${href})`)).toThrow(MarkdownError);
    },
  );

  it('joins the lines of one paragraph', () => {
    expect(compileMarkdown('une\nphrase')).toEqual([{ t: 'p', c: [{ t: 'text', v: 'une phrase' }] }]);
  });

  it('reads backslash escapes as the literal character', () => {
    expect(compileInline(String.raw`\*pas en italique\*, 2 \* 3 et \[crochets\]`)).toEqual([
      { t: 'text', v: '*pas en italique*, 2 * 3 et [crochets]' },
    ]);
    expect(compileMarkdown(String.raw`\- pas une liste`)).toEqual([
      { t: 'p', c: [{ t: 'text', v: '- pas une liste' }] },
    ]);
  });

  it('keeps a closing parenthesis inside a link target', () => {
    const wiki = 'https://fr.wikipedia.org/wiki/Alliance_(homonymie)';
    const link = (href: string) => [{ t: 'link', href, c: [{ t: 'text', v: 'voir' }] }];
    expect(compileInline(`[voir](${wiki})`)).toEqual(link(wiki));
    expect(compileInline('[voir](<https://exemple.fr/a)b>)')).toEqual(link('https://exemple.fr/a)b'));
    expect(compileInline(String.raw`[voir](https://exemple.fr/a\)b)`)).toEqual(link('https://exemple.fr/a)b'));
  });

  it('judges the whole link target, parentheses included', () => {
    expect(() => compileInline('[clic](javascript:alert(1))')).toThrow('"javascript:alert(1)"');
  });

  it.each([
    ['a heading', '# Titre'],
    ['a quote', '> citation'],
    ['inline code', '`code`'],
    ['an autolink', '<https://exemple.fr>'],
    ['an HTML entity', '&eacute;'],
    ['raw HTML', '<b>gras</b>'],
  ])('keeps %s as literal text', (_label, src) => {
    expect(compileMarkdown(src)).toEqual([{ t: 'p', c: [{ t: 'text', v: src }] }]);
  });

  it('shows no image: its mark stays text before an ordinary link', () => {
    expect(compileInline('![x](https://exemple.fr/x.png)')).toEqual([
      { t: 'text', v: '!' },
      { t: 'link', href: 'https://exemple.fr/x.png', c: [{ t: 'text', v: 'x' }] },
    ]);
  });

  it('refuses a list item that holds a nested list', () => {
    expect(() => compileMarkdown('- a\n  - b')).toThrow(MarkdownError);
  });
});
