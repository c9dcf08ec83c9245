import { hasContent, type DocumentSection, type PrintableDocument } from './printable-document';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert for HTML text and quoted attributes: no tag, entity or attribute can start. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A paragraph keeps the learner's line breaks as <br>, each line escaped. */
const paragraph = (text: string, cls?: string) =>
  `<p${cls ? ` class="${cls}"` : ''}>${text.split('\n').map(escapeHtml).join('<br>')}</p>`;

function section(s: DocumentSection): string {
  const h = s.level === 1 ? 'h2' : 'h3';
  const parts = [`<${h}>${escapeHtml(s.heading)}</${h}>`, ...s.paragraphs.map((p) => paragraph(p))];
  if (s.lines?.length)
    parts.push(
      `<ol>${s.lines
        .map(
          (l) =>
            `<li>${escapeHtml(l.text)}${l.details.map((d) => `<br><span class="detail">${escapeHtml(d)}</span>`).join('')}</li>`,
        )
        .join('')}</ol>`,
    );
  if (!hasContent(s) && s.placeholder) parts.push(paragraph(s.placeholder, 'placeholder'));
  return `<section class="level-${s.level ?? 2}">${parts.join('')}</section>`;
}

const STYLE = [
  'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}',
  'h1{color:#000091;margin-bottom:.2rem}.subtitle{margin-top:0;font-size:1.1rem}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;border-top:2px solid #000091;border-bottom:1px solid #ccc;padding:.6rem 0}',
  'dt{font-weight:700}dd{margin:0;white-space:pre-line}',
  'h2{color:#000091;font-size:1.35rem;margin-top:2rem}',
  'h3{font-size:1.1rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:1.5rem}',
  '.detail{color:#555;font-size:.95rem}.placeholder{color:#666;font-style:italic}',
  'footer{margin-top:2.5rem;border-top:1px solid #ccc;color:#555;font-size:.9rem}',
  '@media print{body{margin:0;max-width:none}}',
].join('');

/**
 * A standalone web page of the document: every string escaped, no script and no external
 * resource, so it opens anywhere (even offline, from a USB stick) and prints cleanly.
 */
export function documentHtml(d: PrintableDocument): string {
  const meta = d.meta.length
    ? `<dl>${d.meta.map((m) => `<dt>${escapeHtml(m.label)}</dt><dd>${escapeHtml(m.value)}</dd>`).join('')}</dl>`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(d.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(d.title)}</title>
<style>${STYLE}</style>
</head><body>
<header><h1>${escapeHtml(d.title)}</h1>${d.subtitle ? paragraph(d.subtitle, 'subtitle') : ''}${meta}</header>
<main>
${d.sections.map(section).join('\n')}
</main>
${d.footer ? `<footer>${paragraph(d.footer)}</footer>` : ''}
</body></html>
`;
}
