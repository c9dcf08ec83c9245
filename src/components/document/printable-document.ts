/**
 * A document the learner takes away (feuille de route, 12 h dossier, attestation), as plain data.
 * One model, three renderings that say the same thing: the print view (document-view.tsx), the
 * standalone web page (document-html.ts) and the PDF (document-pdf.ts, loaded only on demand).
 * Every string is text, never markup: each renderer escapes or draws it as such.
 */
export interface PrintableDocument {
  /** BCP 47 language of the text (`fr`, `en`): the page's `lang`, the PDF's /Lang. */
  lang: string;
  title: string;
  subtitle?: string;
  /** Short « label : value » lines under the title: who wrote it, where, when. */
  meta: DocumentMeta[];
  sections: DocumentSection[];
  /** One line at the foot of each page: where the document comes from. */
  footer?: string;
  /** When it was drawn up (PDF creation date). */
  date: Date;
}

export interface DocumentMeta {
  label: string;
  value: string;
}

export interface DocumentSection {
  heading: string;
  /** 1: a part of the document (its sections follow); 2 (the default): a section. */
  level?: 1 | 2;
  /** Text as written, one string per paragraph; line breaks inside are kept. */
  paragraphs: string[];
  /** Numbered lines (an action plan): a main text and its details (« Échéance : … »). */
  lines?: DocumentLine[];
  /** Shown, set apart, when the section has neither paragraphs nor lines (where to write it). */
  placeholder?: string;
}

export interface DocumentLine {
  text: string;
  details: string[];
}

/** True when a section has something the learner wrote. */
export function hasContent(s: DocumentSection): boolean {
  return s.paragraphs.some((p) => p.trim() !== '') || (s.lines?.length ?? 0) > 0;
}

/** Paragraphs of a free text: blank lines separate them, single line breaks stay inside. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
