import type { RoadmapEntry } from './roadmap-fields';

export interface RoadmapDoc {
  title: string;
  course: string;
  generated: string;
  labels: Record<string, string>;
  emptyText: string;
  entries: RoadmapEntry[];
}

export function roadmapMarkdown(d: RoadmapDoc): string {
  const parts = [`# ${d.title}`, '', `_${d.generated}_`, ''];
  for (const e of d.entries) parts.push(`## ${d.labels[e.field]}`, '', e.text.trim() || d.emptyText, '');
  return parts.join('\n');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A standalone page with the learner's text escaped: no script, opens anywhere, prints cleanly. */
export function roadmapHtml(d: RoadmapDoc): string {
  const sections = d.entries
    .map((e) => {
      const body = e.text.trim()
        ? e.text
            .trim()
            .split(/\n+/)
            .map((line) => `<p>${escapeHtml(line)}</p>`)
            .join('')
        : `<p><em>${escapeHtml(d.emptyText)}</em></p>`;
      return `<section><h2>${escapeHtml(d.labels[e.field] ?? e.field)}</h2>${body}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(d.title)} · ${escapeHtml(d.course)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}h1{color:#000091}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:1.6rem}</style>
</head><body><h1>${escapeHtml(d.title)}</h1><p><em>${escapeHtml(d.generated)}</em></p>
${sections}
</body></html>
`;
}

export function downloadText(filename: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
