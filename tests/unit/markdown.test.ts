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
});
