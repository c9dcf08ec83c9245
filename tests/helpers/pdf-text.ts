import { resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a PDF says, read back with pdf.js as a reader would: each page's text lines, in order. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: string[]; text: string; title: string | null }> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${resolve('node_modules/pdfjs-dist/standard_fonts')}/`,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    // pdf-lib draws one text run per line, so each non-blank item is a line (or a label) of the page.
    const runs = content.items.map((i) => ('str' in i ? i.str : '')).filter((s) => s.trim() !== '');
    pages.push(runs.join('\n'));
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  await pdf.destroy();
  return { pages, text: pages.join('\n'), title: info.Title ?? null };
}
