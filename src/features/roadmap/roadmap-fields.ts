import type { CourseOutline, JournalFieldOutline } from '../../content/model';
import { DOSSIER_FIELDS, ROADMAP_FIELDS } from '../../content/constants';
import type { DocumentField } from '../../content/schema';
import { isEmptyLine, parseActionPlan, type ActionLine } from '../../content/action-plan';
import { getFact, type Progress } from '../../progress/facts';

export type DocumentKind = 'feuille-de-route' | 'dossier';

/** Who wrote the document: the header of the feuille de route (and so of the dossier). */
export const HEADER_FIELDS = ['organisation', 'territory', 'role'] as const satisfies readonly DocumentField[];

/** One field of a document, resolved to the journal entry that feeds it and what it holds. */
export interface DocumentEntry {
  field: DocumentField;
  source: JournalFieldOutline;
  /** Where the learner writes it: shown while it is empty. */
  lessonTitle: string;
  text: string;
  /** For an action plan: its lines, empty ones dropped. */
  lines?: ActionLine[];
  /** For an action plan that replaced a free-text field: the learner's answer there, if any. */
  earlierText?: string;
}

/** The fields of a document, in order: the feuille de route's, then for the dossier its own. */
export function documentFields(kind: DocumentKind): readonly DocumentField[] {
  return kind === 'dossier' ? [...ROADMAP_FIELDS, ...DOSSIER_FIELDS] : ROADMAP_FIELDS;
}

/**
 * A document is a view over the journal entries tagged with its fields: one source of truth,
 * edited in the lesson or on the document alike. A field no lesson of the course feeds is left
 * out (the content tests require every field of each track to be fed once).
 */
export function documentEntries(outline: CourseOutline, progress: Progress, kind: DocumentKind): DocumentEntry[] {
  const sources = new Map<DocumentField, { source: JournalFieldOutline; lessonTitle: string }>();
  for (const s of outline.steps)
    for (const l of s.lessons)
      for (const r of l.reflections)
        if (r.roadmapField && !sources.has(r.roadmapField))
          sources.set(r.roadmapField, { source: r, lessonTitle: l.title });
  const text = (id: string) => getFact(progress, 'reflection', id)?.value.text ?? '';
  return documentFields(kind).flatMap((field): DocumentEntry[] => {
    const found = sources.get(field);
    if (!found) return [];
    const { source } = found;
    const entry: DocumentEntry = { field, ...found, text: text(source.id) };
    if (source.shape === 'actions') {
      entry.lines = parseActionPlan(entry.text, source.rows).filter((l) => !isEmptyLine(l));
      if (source.replaces) entry.earlierText = text(source.replaces);
    }
    return [entry];
  });
}

/** True when the learner has written something in the entry (lines, text or an earlier answer). */
export function isWritten(e: DocumentEntry): boolean {
  return e.lines ? e.lines.length > 0 || (e.earlierText ?? '').trim() !== '' : e.text.trim() !== '';
}
