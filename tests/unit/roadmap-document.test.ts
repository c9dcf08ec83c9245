import { describe, expect, it } from 'vitest';
import { progressFromFacts, type Fact } from '../../src/progress/facts';
import { buildDocument, type DocumentLabels } from '../../src/features/roadmap/roadmap-document';
import { documentEntries, isWritten } from '../../src/features/roadmap/roadmap-fields';
import { documentCourse } from '../helpers/document-course';

const { outline } = documentCourse();
const at = 1_700_000_000_000;
const wrote = (key: string, text: string): Fact => ({ kind: 'reflection', key, at, value: { text } });

const labels: DocumentLabels = {
  title: 'Ma feuille de route',
  roadmapPart: 'Ma feuille de route',
  dossierPart: 'Approfondissements du parcours 12 h',
  field: (f) => `[${f}]`,
  meta: { organisation: 'Structure', territory: 'Territoire', role: 'Rôle', date: 'Date' },
  toWrite: (lesson) => `À compléter dans la leçon « ${lesson} ».`,
  footer: (date) => `Établi le ${date}.`,
  detail: (label, value) => `${label} : ${value}`,
  due: 'Échéance',
  who: 'Qui',
  actionToDefine: 'Action à préciser',
  earlier: 'Ma réponse précédente (texte libre)',
};
const ctx = { lang: 'fr', course: outline.title, date: new Date(at), dateText: '14 novembre 2023' };

describe('the entries of a document', () => {
  it('resolves each fed field to its journal entry and lesson, in document order, leaving out unfed ones', () => {
    const entries = documentEntries(outline, progressFromFacts([]), 'feuille-de-route');
    expect(entries.map((e) => [e.field, e.source.id, e.lessonTitle])).toEqual([
      ['organisation', 's1-structure', 'Qui êtes-vous\u202F?'],
      ['territory', 's2-r-territoire', 'Votre territoire et vos objectifs'],
      ['role', 's1-role', 'Qui êtes-vous\u202F?'],
      ['objectives', 's2-r-objectifs', 'Votre territoire et vos objectifs'],
      ['nextActions', 's3-prochaines-actions', 'Vos prochaines actions'],
      ['evaluation', 's3-r-repere', 'Vos prochaines actions'],
    ]);
    expect(entries.some(isWritten)).toBe(false);
  });

  it('adds the dossier sections after the feuille de route for the 12 h dossier', () => {
    const fields = documentEntries(outline, progressFromFacts([]), 'dossier').map((e) => e.field);
    expect(fields.slice(6)).toEqual(['stakeholderMap', 'profile', 'cadrageMine', 'cadrageTheirs']);
  });

  it('reads an action plan as its written lines, and the free text it replaced', () => {
    const progress = progressFromFacts([
      wrote('s3-prochaines-actions', 'Appeler la mairie\tavant le 15\tmoi\n\t\t\nRéunir l’équipe\t\t'),
      wrote('s3-r-prochaines-actions', 'Ancienne liste'),
    ]);
    const plan = documentEntries(outline, progress, 'feuille-de-route').find((e) => e.field === 'nextActions')!;
    expect(plan.lines).toEqual([
      { action: 'Appeler la mairie', due: 'avant le 15', who: 'moi' },
      { action: 'Réunir l’équipe', due: '', who: '' },
    ]);
    expect(plan.earlierText).toBe('Ancienne liste');
  });
});

describe('the feuille de route document', () => {
  const progress = progressFromFacts([
    wrote('s1-structure', 'Collège Jean-Moulin'),
    wrote('s1-role', 'Principale adjointe'),
    wrote('s2-r-objectifs', 'Ouvrir le collège aux entreprises.\n\nDeux stages par an.'),
    wrote('s3-prochaines-actions', 'Appeler la mairie\tavant le 15\tmoi\n\t\tla directrice'),
  ]);
  const doc = buildDocument('feuille-de-route', documentEntries(outline, progress, 'feuille-de-route'), labels, ctx);

  it('heads the document with who wrote it and the date; an empty header line says where to write it', () => {
    expect(doc.title).toBe('Ma feuille de route');
    expect(doc.subtitle).toBe(outline.title);
    expect(doc.meta).toEqual([
      { label: 'Structure', value: 'Collège Jean-Moulin' },
      { label: 'Territoire', value: 'À compléter dans la leçon « Votre territoire et vos objectifs ».' },
      { label: 'Rôle', value: 'Principale adjointe' },
      { label: 'Date', value: '14 novembre 2023' },
    ]);
    expect(doc.footer).toBe('Établi le 14 novembre 2023.');
    expect(doc.date.getTime()).toBe(at);
  });

  it('gives one section per field, paragraphs split at blank lines, actions as numbered lines', () => {
    expect(doc.sections.map((s) => s.heading)).toEqual(['[objectives]', '[nextActions]', '[evaluation]']);
    expect(doc.sections[0]!.paragraphs).toEqual(['Ouvrir le collège aux entreprises.', 'Deux stages par an.']);
    expect(doc.sections[1]!.lines).toEqual([
      { text: 'Appeler la mairie', details: ['Échéance : avant le 15', 'Qui : moi'] },
      { text: 'Action à préciser', details: ['Qui : la directrice'] },
    ]);
  });

  it('says where to write a section not yet written', () => {
    expect(doc.sections[2]).toMatchObject({
      paragraphs: [],
      placeholder: 'À compléter dans la leçon « Vos prochaines actions ».',
    });
  });

  it('keeps an earlier free-text answer as its own section after the action lines', () => {
    const withEarlier = progressFromFacts([wrote('s3-r-prochaines-actions', 'Appeler la mairie — avant le 15')]);
    const d = buildDocument('feuille-de-route', documentEntries(outline, withEarlier, 'feuille-de-route'), labels, ctx);
    const i = d.sections.findIndex((s) => s.heading === '[nextActions]');
    expect(d.sections[i]).toMatchObject({ lines: [], placeholder: undefined });
    expect(d.sections[i + 1]).toEqual({
      heading: 'Ma réponse précédente (texte libre)',
      paragraphs: ['Appeler la mairie — avant le 15'],
    });
  });
});

describe('the 12 h dossier document', () => {
  it('shows the feuille de route, then every dossier section, as two parts', () => {
    const progress = progressFromFacts([wrote('s2-carte-acteurs', 'La mairie, le club de foot.')]);
    const doc = buildDocument(
      'dossier',
      documentEntries(outline, progress, 'dossier'),
      { ...labels, title: 'Mon dossier de partenariat' },
      ctx,
    );
    expect(doc.title).toBe('Mon dossier de partenariat');
    expect(doc.sections.map((s) => [s.level ?? 2, s.heading])).toEqual([
      [1, 'Ma feuille de route'],
      [2, '[objectives]'],
      [2, '[nextActions]'],
      [2, '[evaluation]'],
      [1, 'Approfondissements du parcours 12 h'],
      [2, '[stakeholderMap]'],
      [2, '[profile]'],
      [2, '[cadrageMine]'],
      [2, '[cadrageTheirs]'],
    ]);
    expect(doc.sections[5]!.paragraphs).toEqual(['La mairie, le club de foot.']);
    expect(doc.sections[8]!.placeholder).toBe('À compléter dans la leçon « Le cadrage ».');
  });
});
