import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { hasContent, type DocumentSection, type PrintableDocument } from './printable-document';
import { toWinAnsi } from './win-ansi';

/**
 * The PDF rendering of a PrintableDocument, made in the browser with pdf-lib and no network:
 * A4 pages, Helvetica (a standard font, so nothing is embedded and the file stays small), text
 * wrapped at plain spaces only (no-break spaces hold « 57 % » and « texte » together), headings
 * kept with what follows, a footer and « n / N » on every page.
 *
 * This module is only ever loaded through `import()` (see download.ts): pdf-lib weighs far more
 * than the rest of the player, so neither the first screen nor a lesson pays for it.
 */

/** A4 in PostScript points (1/72 inch), 2 cm margins. */
const PAGE = { width: 595.28, height: 841.89, margin: 56.7 };
const FOOTER_HEIGHT = 28;
const BLUE = rgb(0, 0, 0x91 / 255);
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.36, 0.36, 0.36);
const LINE_HEIGHT = 1.35;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}
interface Style {
  font: PDFFont;
  size: number;
  color?: RGB;
  /** Points from the left margin. */
  indent?: number;
}

/** Splits `text` into lines no wider than `width`: at plain spaces, or inside a word too long. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const out: string[] = [];
  for (const hard of text.split('\n')) {
    let line = '';
    for (const word of hard.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') out.push(line);
      line = word;
      while (!fits(line)) {
        let cut = line.length - 1;
        while (cut > 1 && !fits(line.slice(0, cut))) cut--;
        out.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    out.push(line);
  }
  return out;
}

/** Draws top to bottom, opening a new page whenever the next thing would cross the bottom margin. */
class Writer {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  private readonly width = PAGE.width - 2 * PAGE.margin;

  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - PAGE.margin;
  }

  /** Makes room for `height` points on this page, or starts the next one. */
  ensure(height: number) {
    if (this.y - height < PAGE.margin + FOOTER_HEIGHT && this.y < PAGE.height - PAGE.margin) this.newPage();
  }

  gap(points: number) {
    this.y -= points;
  }

  lines(text: string, s: Style): string[] {
    return wrapText(toWinAnsi(text), s.font, s.size, this.width - (s.indent ?? 0));
  }

  /** Wrapped text; `keep` extra points must fit after its first line (a heading's next line). */
  text(text: string, s: Style, keep = 0) {
    const step = s.size * LINE_HEIGHT;
    this.lines(text, s).forEach((line, i) => {
      this.ensure(step + (i === 0 ? keep : 0));
      this.y -= step;
      this.page.drawText(line, {
        x: PAGE.margin + (s.indent ?? 0),
        y: this.y + (step - s.size) / 2 + s.size * 0.22,
        font: s.font,
        size: s.size,
        color: s.color ?? INK,
      });
    });
  }

  /** A short text at a fixed position on the current line (a list number, a meta label). */
  label(text: string, s: Style) {
    const step = s.size * LINE_HEIGHT;
    this.ensure(step);
    this.page.drawText(toWinAnsi(text), {
      x: PAGE.margin + (s.indent ?? 0),
      y: this.y - step + (step - s.size) / 2 + s.size * 0.22,
      font: s.font,
      size: s.size,
      color: s.color ?? INK,
    });
  }

  rule(color: RGB, thickness: number) {
    this.page.drawLine({
      start: { x: PAGE.margin, y: this.y },
      end: { x: PAGE.width - PAGE.margin, y: this.y },
      thickness,
      color,
    });
  }

  /** Footer text on the left and « n / N » on the right of every page. */
  footers(footer: string | undefined) {
    const size = 8.5;
    const { regular } = this.fonts;
    this.pages.forEach((page, i) => {
      const number = `${i + 1} / ${this.pages.length}`;
      const numberWidth = regular.widthOfTextAtSize(number, size);
      page.drawText(number, {
        x: PAGE.width - PAGE.margin - numberWidth,
        y: PAGE.margin - 4,
        size,
        font: regular,
        color: GREY,
      });
      if (!footer) return;
      const [first] = wrapText(toWinAnsi(footer), regular, size, this.width - numberWidth - 16);
      page.drawText(first ?? '', { x: PAGE.margin, y: PAGE.margin - 4, size, font: regular, color: GREY });
    });
  }
}

function drawSection(w: Writer, s: DocumentSection) {
  const { regular, bold, italic } = w.fonts;
  const body: Style = { font: regular, size: 10.5 };
  const part = s.level === 1;
  w.gap(part ? 16 : 10);
  w.text(s.heading, { font: bold, size: part ? 15 : 12, color: part ? BLUE : INK }, 3 * body.size * LINE_HEIGHT);
  if (!part) w.gap(2);
  for (const p of s.paragraphs) {
    w.text(p, body);
    w.gap(4);
  }
  s.lines?.forEach((line, i) => {
    w.label(`${i + 1}.`, { font: bold, size: body.size });
    w.text(line.text, { ...body, indent: 18 });
    for (const d of line.details) w.text(d, { font: regular, size: 9.5, color: GREY, indent: 18 });
    w.gap(4);
  });
  if (!hasContent(s) && s.placeholder) w.text(s.placeholder, { font: italic, size: body.size, color: GREY });
}

/**
 * The PDF bytes of `d`. Any character the standard fonts lack is mapped by `toWinAnsi` (U+202F
 * becomes U+00A0), so no learner text can make it throw. Metadata: title, language, dates.
 */
export async function documentPdf(d: PrintableDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(d.title, { showInWindowTitleBar: true });
  pdf.setLanguage(d.lang);
  pdf.setCreationDate(d.date);
  pdf.setModificationDate(d.date);
  pdf.setCreator(d.subtitle ?? d.title);
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const w = new Writer(pdf, fonts);

  w.text(d.title, { font: fonts.bold, size: 20, color: BLUE });
  if (d.subtitle) w.text(d.subtitle, { font: fonts.regular, size: 12 });
  w.gap(8);
  if (d.meta.length) {
    w.rule(BLUE, 1.5);
    w.gap(4);
    const labelSize = 10;
    const column = Math.max(...d.meta.map((m) => fonts.bold.widthOfTextAtSize(toWinAnsi(m.label), labelSize))) + 12;
    for (const m of d.meta) {
      w.label(m.label, { font: fonts.bold, size: labelSize });
      w.text(m.value, { font: fonts.regular, size: labelSize, indent: column });
    }
    w.gap(6);
    w.rule(GREY, 0.5);
  }
  for (const s of d.sections) drawSection(w, s);
  w.footers(d.footer);
  return pdf.save();
}
