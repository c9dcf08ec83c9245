import { hasContent, type DocumentSection, type PrintableDocument } from './printable-document';

/**
 * The print rendering of a document: hidden on screen, and in print the only thing shown on the
 * page (the print stylesheet hides the banner, the lesson, the instructions and the buttons
 * around it). Text is rendered by React as text, never as HTML.
 */
export function DocumentView({ doc }: { doc: PrintableDocument }) {
  return (
    <div className="print-document" lang={doc.lang}>
      <p className="print-document-title">{doc.title}</p>
      {doc.subtitle && <p className="print-document-subtitle">{doc.subtitle}</p>}
      {doc.meta.length > 0 && (
        <dl className="print-document-meta">
          {doc.meta.map((m) => (
            <div key={m.label}>
              <dt>{m.label}</dt>
              <dd>{m.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {doc.sections.map((s, i) => (
        <Section key={i} section={s} />
      ))}
      {doc.footer && <p className="print-document-footer">{doc.footer}</p>}
    </div>
  );
}

function Section({ section: s }: { section: DocumentSection }) {
  return (
    <section className={`print-section level-${s.level ?? 2}`}>
      <p className="print-section-heading">{s.heading}</p>
      {s.paragraphs.map((p, i) => (
        <p key={i} className="print-paragraph">
          {p}
        </p>
      ))}
      {s.lines && s.lines.length > 0 && (
        <ol>
          {s.lines.map((l, i) => (
            <li key={i}>
              {l.text}
              {l.details.map((d) => (
                <span key={d} className="print-detail">
                  {d}
                </span>
              ))}
            </li>
          ))}
        </ol>
      )}
      {!hasContent(s) && s.placeholder && <p className="print-placeholder">{s.placeholder}</p>}
    </section>
  );
}
