import { DOSSIER_FIELDS } from '../../content/constants';
import type { DocumentField } from '../../content/schema';
import {
  paragraphsOf,
  type DocumentLine,
  type DocumentSection,
  type PrintableDocument,
} from '../../components/document/printable-document';
import { HEADER_FIELDS, type DocumentEntry, type DocumentKind } from './roadmap-fields';

/** The words a document needs, from the UI locale (so this builder stays pure and testable). */
export interface DocumentLabels {
  /** « Ma feuille de route » or « Mon dossier de partenariat ». */
  title: string;
  /** The dossier's two parts: the feuille de route, then the 12 h sections. */
  roadmapPart: string;
  dossierPart: string;
  field: (f: DocumentField) => string;
  meta: Record<(typeof HEADER_FIELDS)[number] | 'date', string>;
  /** « À compléter dans la leçon « … ». » */
  toWrite: (lesson: string) => string;
  /** « Document établi le … avec le parcours « … ». » */
  footer: (date: string) => string;
  /** « Échéance : … », with the locale's typography. */
  detail: (label: string, value: string) => string;
  due: string;
  who: string;
  actionToDefine: string;
  earlier: string;
}

export interface DocumentContext {
  lang: string;
  /** The course title, shown under the document's title. */
  course: string;
  date: Date;
  /** `date` as the learner reads it (« 5 mars 2026 »). */
  dateText: string;
}

const isHeader = (f: DocumentField) => (HEADER_FIELDS as readonly DocumentField[]).includes(f);
const isDossier = (f: DocumentField) => (DOSSIER_FIELDS as readonly DocumentField[]).includes(f);

function actionLines(e: DocumentEntry, l: DocumentLabels): DocumentLine[] {
  return (e.lines ?? []).map((line) => ({
    text: line.action.trim() || l.actionToDefine,
    details: [
      ...(line.due.trim() ? [l.detail(l.due, line.due.trim())] : []),
      ...(line.who.trim() ? [l.detail(l.who, line.who.trim())] : []),
    ],
  }));
}

/** One field's sections: its own, and for an action plan the free-text answer it replaced, if any. */
function fieldSections(e: DocumentEntry, l: DocumentLabels): DocumentSection[] {
  const placeholder = l.toWrite(e.lessonTitle);
  if (!e.lines) return [{ heading: l.field(e.field), paragraphs: paragraphsOf(e.text), placeholder }];
  const own: DocumentSection = { heading: l.field(e.field), paragraphs: [], lines: actionLines(e, l), placeholder };
  const earlier = paragraphsOf(e.earlierText ?? '');
  if (earlier.length === 0) return [own];
  // The lines are still empty but the earlier answer is there: no « à compléter » under the heading.
  return [
    { ...own, placeholder: undefined },
    { heading: l.earlier, paragraphs: earlier },
  ];
}

/**
 * The feuille de route or the 12 h dossier as a PrintableDocument: title, course, who wrote it
 * (organisation, territory, role) and the date as header lines, then one section per field in
 * document order; the dossier puts the feuille de route first, then its own sections, as two
 * parts. An empty field says where to write it (its lesson). The one model for print, HTML, PDF.
 */
export function buildDocument(
  kind: DocumentKind,
  entries: readonly DocumentEntry[],
  l: DocumentLabels,
  ctx: DocumentContext,
): PrintableDocument {
  const meta = entries
    .filter((e) => isHeader(e.field))
    .map((e) => ({
      label: l.meta[e.field as (typeof HEADER_FIELDS)[number]],
      value: e.text.trim() || l.toWrite(e.lessonTitle),
    }));
  meta.push({ label: l.meta.date, value: ctx.dateText });
  const body = entries.filter((e) => !isHeader(e.field));
  const plan = body.filter((e) => !isDossier(e.field)).flatMap((e) => fieldSections(e, l));
  const more = body.filter((e) => isDossier(e.field)).flatMap((e) => fieldSections(e, l));
  const sections =
    kind === 'dossier'
      ? [
          { heading: l.roadmapPart, level: 1 as const, paragraphs: [] },
          ...plan,
          { heading: l.dossierPart, level: 1 as const, paragraphs: [] },
          ...more,
        ]
      : plan;
  return {
    lang: ctx.lang,
    title: l.title,
    subtitle: ctx.course,
    meta,
    sections,
    footer: l.footer(ctx.dateText),
    date: ctx.date,
  };
}
