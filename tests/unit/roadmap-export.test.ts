import { describe, expect, it } from 'vitest';
import { roadmapHtml, roadmapMarkdown, type RoadmapDoc } from '../../src/features/roadmap/roadmap-export';

const doc: RoadmapDoc = {
  title: 'Ma feuille de route',
  course: 'Alliances & Territoires',
  generated: 'Établie le 26/11/2026',
  labels: { objectives: 'Mes objectifs', nextActions: 'Mes 3 prochaines actions' },
  emptyText: '—',
  entries: [
    {
      field: 'objectives',
      reflectionId: 'r1',
      lessonTitle: 'L',
      prompt: 'P',
      maxLength: 2000,
      text: 'Créer <script>alert(1)</script> un lien',
    },
    { field: 'nextActions', reflectionId: 'r2', lessonTitle: 'L', prompt: 'P', maxLength: 2000, text: '' },
  ],
};

describe('feuille de route export', () => {
  it('escapes the learner text in the HTML page and ships no script', () => {
    const html = roadmapHtml(doc);
    expect(html).toContain('Créer &lt;script&gt;alert(1)&lt;/script&gt; un lien');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h2>Mes 3 prochaines actions</h2><p><em>—</em></p>');
  });

  it('writes a Markdown file with one section per field', () => {
    expect(roadmapMarkdown(doc)).toBe(
      '# Ma feuille de route\n\n_Établie le 26/11/2026_\n\n## Mes objectifs\n\nCréer <script>alert(1)</script> un lien\n\n## Mes 3 prochaines actions\n\n—\n',
    );
  });
});
