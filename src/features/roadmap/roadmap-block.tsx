import { useTranslation } from '../../i18n/use-translation';
import type { BlockOf } from '../../content/schema';
import { DOSSIER_FIELDS } from '../../content/constants';
import { RichText } from '../../components/rich-text';
import { DocumentView } from '../../components/document/document-view';
import { ReflectionField } from '../lesson/blocks/reflection-field';
import { ActionPlanField } from '../lesson/blocks/action-plan-field';
import { DocumentActions } from './document-actions';
import { HEADER_FIELDS, isWritten, type DocumentEntry } from './roadmap-fields';
import { useDocument } from './use-document';
import './roadmap.css';

const inList = (list: readonly string[]) => (e: DocumentEntry) => list.includes(e.field);

/**
 * The learner's feuille de route (4 h) or partnership dossier (12 h): every field written along
 * the track, gathered and editable here (the same journal entries as in the lessons), with who
 * wrote it on top. Printing shows only the document; it downloads as a web page or a PDF.
 */
export function RoadmapBlock({ block }: { block: BlockOf<'roadmap'> }) {
  const { t } = useTranslation();
  const dossier = block.document === 'dossier';
  const { entries, doc, fileName } = useDocument(block.document);
  const header = entries.filter(inList(HEADER_FIELDS));
  const body = entries.filter((e) => !inList(HEADER_FIELDS)(e));
  const plan = body.filter((e) => !inList(DOSSIER_FIELDS)(e));
  const more = body.filter(inList(DOSSIER_FIELDS));
  return (
    <section className="block roadmap" aria-labelledby={`${block.id}-title`}>
      <div className="roadmap-screen no-print">
        <h2 id={`${block.id}-title`}>{doc.title}</h2>
        {block.intro && <RichText blocks={block.intro} />}
        <DocumentActions doc={doc} fileName={fileName} />
        {header.length > 0 && (
          <div className="roadmap-header" role="group" aria-labelledby={`${block.id}-header`}>
            <h3 id={`${block.id}-header`}>{t('roadmap.header')}</h3>
            {header.map((e) => (
              <Field key={e.field} entry={e} rows={2} />
            ))}
          </div>
        )}
        {dossier && <h3 className="roadmap-part">{t('roadmap.title')}</h3>}
        {plan.map((e) => (
          <Field key={e.field} entry={e} />
        ))}
        {dossier && more.length > 0 && <h3 className="roadmap-part">{t('roadmap.dossierPart')}</h3>}
        {dossier && more.map((e) => <Field key={e.field} entry={e} />)}
      </div>
      <DocumentView doc={doc} />
    </section>
  );
}

/** One field, edited in place; its hint says where it was written, or where to write it. */
function Field({ entry: e, rows = 4 }: { entry: DocumentEntry; rows?: number }) {
  const { t } = useTranslation();
  const label = t(`roadmap.fields.${e.field}`);
  const hint = isWritten(e)
    ? t('roadmap.fromLesson', { lesson: e.lessonTitle })
    : t('roadmap.empty', { lesson: e.lessonTitle });
  return (
    <div className="roadmap-field">
      {e.source.shape === 'actions' ? (
        <ActionPlanField
          id={e.source.id}
          label={label}
          hint={hint}
          rows={e.source.rows ?? 3}
          replaces={e.source.replaces}
        />
      ) : (
        <ReflectionField id={e.source.id} label={label} hint={hint} maxLength={e.source.maxLength} rows={rows} />
      )}
    </div>
  );
}
