import type { PrintableDocument } from '../../components/document/printable-document';

/**
 * The attestation as a PrintableDocument (one model for the print view and the PDF): who, which
 * course and track, who publishes it, when the assessment was passed, the measured time, the
 * score, and the verification code. Every string is text; the renderers escape or draw it.
 */
export interface AttestationFacts {
  lang: string;
  learner: string;
  course: string;
  /** « 12 h · Se former » */
  track: string;
  trackLabel: string;
  trackTitle: string;
  publisher?: string;
  /** Pass date, already written out (« 4 mai 2026 »). */
  passedOn: string;
  /** Measured time, already written out (« 11 h 42 min »). */
  time: string;
  right: number;
  total: number;
  percent: number;
  passMark: number;
  code: string;
  /** Issue date, written out, and as a Date for the PDF's metadata. */
  issuedOn: string;
  issuedAt: Date;
}

export interface AttestationLabels {
  title: string;
  body: (v: { name: string; track: string; title: string; course: string }) => string;
  detail: (v: { right: number; total: number; percent: number; mark: number; time: string }) => string;
  meta: Record<'name' | 'course' | 'track' | 'publisher' | 'date' | 'time' | 'score' | 'code', string>;
  footer: (v: { date: string; course: string; code: string }) => string;
}

export function attestationDocument(f: AttestationFacts, l: AttestationLabels): PrintableDocument {
  const score = `${f.right} / ${f.total} (${f.percent}\u00a0%)`;
  return {
    lang: f.lang,
    title: l.title,
    subtitle: f.course,
    meta: [
      { label: l.meta.name, value: f.learner },
      { label: l.meta.course, value: f.course },
      { label: l.meta.track, value: f.track },
      ...(f.publisher ? [{ label: l.meta.publisher, value: f.publisher }] : []),
      { label: l.meta.date, value: f.passedOn },
      { label: l.meta.time, value: f.time },
      { label: l.meta.score, value: score },
      { label: l.meta.code, value: f.code },
    ],
    sections: [
      {
        heading: f.track,
        paragraphs: [
          l.body({ name: f.learner, track: f.trackLabel, title: f.trackTitle, course: f.course }),
          l.detail({
            right: f.right,
            total: f.total,
            percent: f.percent,
            mark: Math.round(f.passMark * 100),
            time: f.time,
          }),
        ],
      },
    ],
    footer: l.footer({ date: f.issuedOn, course: f.course, code: f.code }),
    date: f.issuedAt,
  };
}
