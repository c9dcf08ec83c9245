import { StandardFonts, PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentHtml, escapeHtml } from '../../src/components/document/document-html';
import { documentPdf, wrapText } from '../../src/components/document/document-pdf';
import type { PrintableDocument } from '../../src/components/document/printable-document';
import { REPLACEMENT, toWinAnsi } from '../../src/components/document/win-ansi';
import { pdfText } from '../helpers/pdf-text';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const attack = `<script>window.__x=1</script><img src=x onerror="alert(1)">"'&amp;`;

const doc = (over: Partial<PrintableDocument> = {}): PrintableDocument => ({
  lang: 'fr',
  title: 'Ma feuille de route',
  subtitle: 'Alliances & Territoires',
  meta: [
    { label: 'Structure', value: `Collège « Les Tilleuls »${NNBSP}!` },
    { label: 'Date', value: '5 mars 2026' },
  ],
  sections: [
    { heading: 'Mes objectifs', paragraphs: [`Créer l’alliance${NNBSP}: 57${NBSP}% des élèves${NNBSP}?`, attack] },
    {
      heading: 'Mes 3 prochaines actions',
      paragraphs: [],
      lines: [{ text: 'Appeler la mairie', details: [`Échéance${NBSP}: avant le 15`, 'Qui : moi'] }],
    },
    { heading: 'Ma méthode', paragraphs: [], placeholder: 'À compléter dans la leçon « Votre méthode ».' },
  ],
  footer: 'Document établi le 5 mars 2026 avec le parcours « Alliances & Territoires ».',
  date: new Date('2026-03-05T10:00:00Z'),
  ...over,
});

describe('the web page export', () => {
  it('escapes every string, so learner text cannot add markup', () => {
    expect(escapeHtml(attack)).toBe(
      '&lt;script&gt;window.__x=1&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&quot;&#39;&amp;amp;',
    );
    const html = documentHtml(doc({ title: attack, meta: [{ label: attack, value: attack }] }));
    expect(html).not.toMatch(/<script|<img|onerror="/i);
  });

  it('parses to a page with no script, no handler and no external resource, and the text intact', () => {
    const html = documentHtml(doc({ lang: '"><script>x</script>', subtitle: attack }));
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.querySelectorAll('script, img, iframe, object, embed, link, base, form')).toHaveLength(0);
    for (const el of page.querySelectorAll('*'))
      expect(el.getAttributeNames().filter((a) => /^on/i.test(a) || a === 'src' || a === 'href')).toEqual([]);
    expect(page.documentElement.lang).toBe('"><script>x</script>');
    expect(page.querySelector('.subtitle')!.textContent).toBe(attack);
    expect(page.querySelectorAll('main p')[1]!.textContent).toBe(attack);
  });

  it('shows title, header lines, sections, numbered actions with details, placeholders and footer', () => {
    const page = new DOMParser().parseFromString(documentHtml(doc()), 'text/html');
    expect(page.title).toBe('Ma feuille de route');
    expect([...page.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Structure', 'Date']);
    expect([...page.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Mes objectifs',
      'Mes 3 prochaines actions',
      'Ma méthode',
    ]);
    expect(page.querySelector('ol li')!.textContent).toBe(`Appeler la mairieÉchéance${NBSP}: avant le 15Qui : moi`);
    expect(page.querySelector('.placeholder')!.textContent).toBe('À compléter dans la leçon « Votre méthode ».');
    expect(page.querySelector('footer')!.textContent).toContain('5 mars 2026');
  });

  it('keeps line breaks inside a paragraph as <br>, each line escaped', () => {
    const html = documentHtml(doc({ sections: [{ heading: 'H', paragraphs: ['un <b>\ndeux'] }] }));
    expect(html).toContain('<p>un &lt;b&gt;<br>deux</p>');
  });
});

describe('WinAnsi mapping for the PDF fonts', () => {
  it('keeps French letters, guillemets, apostrophes, dashes, euro and no-break space', () => {
    const french = `« Été » l’œuvre – Noël — 10${NBSP}€ … ÀÉÈÇÙŒ`;
    expect(toWinAnsi(french)).toBe(french);
  });

  it('turns the narrow no-break space into a no-break space, and thin spaces into spaces', () => {
    expect(toWinAnsi(`«${NNBSP}oui${NNBSP}»${NNBSP}!`)).toBe(`«${NBSP}oui${NBSP}»${NBSP}!`);
    expect(toWinAnsi('9\u2009h\u200b30\u00ad')).toBe('9 h30');
  });

  it('drops accents WinAnsi lacks, and replaces what it cannot draw', () => {
    expect(toWinAnsi('Łódź Erdős')).toBe(`${REPLACEMENT}ódz Erdos`);
    expect(toWinAnsi('ok 🤝 東京')).toBe(`ok ${REPLACEMENT} ${REPLACEMENT}${REPLACEMENT}`);
    expect(toWinAnsi('a\u0007b\r\nc')).toBe('ab\nc');
  });
});

describe('the PDF export', () => {
  let text: string;
  let pages: string[];
  let title: string | null;
  let size: number;
  beforeAll(async () => {
    const bytes = await documentPdf(doc());
    size = bytes.length;
    ({ text, pages, title } = await pdfText(bytes));
  });

  it('renders accents, « », ’ and the narrow no-break spaces of French typography', () => {
    const plain = text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain).toContain('Créer l’alliance : 57 % des élèves ?');
    expect(plain).toContain('Collège « Les Tilleuls » !');
    expect(text).not.toContain(REPLACEMENT + 'alliance');
  });

  it('writes the title, header, sections in order, the action with its details and the footer', () => {
    expect(title).toBe('Ma feuille de route');
    const order = ['Ma feuille de route', 'Structure', 'Date', '5 mars 2026', 'Mes objectifs', 'Mes 3 prochaines'];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toMatch(/1\.\s*\n?Appeler la mairie/);
    expect(text.replace(/\u00a0/g, ' ')).toContain('Échéance : avant le 15');
    expect(text).toContain('À compléter dans la leçon « Votre méthode ».');
    expect(pages[0]).toContain('1 / 1');
  });

  it('keeps the line breaks of a header value, beside its label', async () => {
    const meta = [{ label: 'Structure', value: 'Collège Jean-Moulin\nSaint-Dié' }];
    const {
      pages: [first],
    } = await pdfText(await documentPdf(doc({ meta })));
    expect(first).toContain('Structure\nCollège Jean-Moulin\nSaint-Dié');
  });

  it('draws learner text as text: markup stays visible, nothing is interpreted', () => {
    expect(text).toContain('<script>window.__x=1</script>');
  });

  it('is small: standard fonts are not embedded', () => {
    expect(size).toBeLessThan(12_000);
  });

  it('never throws on text the fonts lack, and paginates long text with page numbers', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Paragraphe ${i + 1} 🤝 東京 ${'mot '.repeat(30)}`);
    const { pages: many } = await pdfText(
      await documentPdf(doc({ sections: [{ heading: 'Long', paragraphs: long }] })),
    );
    expect(many.length).toBeGreaterThan(3);
    expect(many.at(-1)).toContain(`${many.length} / ${many.length}`);
    expect(many.join('\n')).toContain('Paragraphe 120');
  });
});

describe('line wrapping', () => {
  let font: Awaited<ReturnType<PDFDocument['embedFont']>>;
  beforeAll(async () => {
    font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  });

  it('breaks at plain spaces only, never at a no-break space', () => {
    const text = Array.from({ length: 40 }, () => `57${NBSP}%`).join(' ');
    const lines = wrapText(text, font, 11, 120);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) {
      expect(l.startsWith('%')).toBe(false);
      expect(font.widthOfTextAtSize(l, 11)).toBeLessThanOrEqual(120);
    }
  });

  it('splits a word too long for the line and keeps every character', () => {
    const word = 'x'.repeat(300);
    const lines = wrapText(word, font, 11, 100);
    expect(lines.join('')).toBe(word);
    expect(lines.length).toBeGreaterThan(1);
  });

  it('keeps the learner’s line breaks', () => {
    expect(wrapText('un\ndeux', font, 11, 400)).toEqual(['un', 'deux']);
  });
});
