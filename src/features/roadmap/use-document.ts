import { useTranslation } from '../../i18n/use-translation';
import { usePlayer } from '../../components/player-context';
import type { PrintableDocument } from '../../components/document/printable-document';
import { buildDocument, type DocumentLabels } from './roadmap-document';
import { documentEntries, type DocumentEntry, type DocumentKind } from './roadmap-fields';

/**
 * The learner's feuille de route or 12 h dossier as it stands now: its entries (for editing) and
 * the PrintableDocument (for print, HTML and PDF), dated today in the UI language.
 */
export function useDocument(kind: DocumentKind): {
  entries: DocumentEntry[];
  doc: PrintableDocument;
  fileName: string;
} {
  const { t, i18n } = useTranslation();
  const outline = usePlayer((s) => s.context.outline);
  const progress = usePlayer((s) => s.context.progress);
  const entries = documentEntries(outline, progress, kind);
  const title = kind === 'dossier' ? t('roadmap.dossierTitle') : t('roadmap.title');
  const labels: DocumentLabels = {
    title,
    roadmapPart: t('roadmap.title'),
    dossierPart: t('roadmap.dossierPart'),
    field: (f) => t(`roadmap.fields.${f}`),
    meta: {
      organisation: t('roadmap.meta.organisation'),
      territory: t('roadmap.meta.territory'),
      role: t('roadmap.meta.role'),
      date: t('roadmap.meta.date'),
    },
    toWrite: (lesson) => t('roadmap.toWrite', { lesson }),
    footer: (date) => t('roadmap.footer', { date, course: outline.title }),
    detail: (label, value) => t('roadmap.detail', { label, value }),
    due: t('actionPlan.columns.due'),
    who: t('actionPlan.columns.who'),
    actionToDefine: t('roadmap.actionToDefine'),
    earlier: t('roadmap.earlier'),
  };
  const date = new Date();
  const dateText = date.toLocaleDateString(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });
  return {
    entries,
    doc: buildDocument(kind, entries, labels, { lang: i18n.language, course: outline.title, date, dateText }),
    fileName: kind === 'dossier' ? t('roadmap.fileDossier') : t('roadmap.fileRoadmap'),
  };
}
