import { describe, expect, it } from 'vitest';
import { DOSSIER_FIELDS, ROADMAP_FIELDS } from '../../src/content/constants';
import { lessonEstimates, trackLoad, withinTolerance } from '../../src/content/estimate';
import type { LessonOutline } from '../../src/content/model';
import type { Block } from '../../src/content/schema';
import { spine, stepLessons } from '../../src/content/spine';
import { inlineToPlain } from '../../src/content/rich-text';
import { realCourse } from '../helpers/mini-course';

/**
 * The course's shape as issues 12 and 13 define it: honest durations (content brief,
 * « Durations »), the same order in every step, the feuille de route and the 12 h dossier each
 * fed once, and the final assessment's bank.
 */
const course = realCourse();
const { outline, content, bank } = course;
const estimates = lessonEstimates(course);
const blocksOf = (id: string): Block[] => content.find((c) => c.lessons[id])?.lessons[id] ?? [];
const isEssentiel = (l: LessonOutline) => /(^|-)essentiel$/.test(l.id);
/** The track's closing documents and assessment, which follow « L'essentiel » in the last step. */
const isClosing = (l: LessonOutline) => l.hasRoadmap || blocksOf(l.id).some((b) => (b.type as string) === 'assessment');

describe('durations', () => {
  it.each(estimates.map((e) => ({ ...e })))(
    '$id declares minutes within 25 percent of its estimate ($declared declared)',
    (e) => {
      expect(withinTolerance(e), `${e.id}: declared ${e.declared}, estimated ${e.estimate}`).toBe(true);
    },
  );

  it.each(outline.tracks.map((t) => ({ track: t.id, target: t.targetMinutes })))(
    'estimates the $track track within ±10 percent of its $target minutes',
    ({ track, target }) => {
      const { estimate } = trackLoad(outline, estimates, track);
      expect(estimate).toBeGreaterThanOrEqual(target * 0.9);
      expect(estimate).toBeLessThanOrEqual(target * 1.1);
    },
  );

  it('gives every 12 h lesson at least 300 words and an activity', () => {
    for (const l of outline.steps.flatMap((s) => s.lessons).filter((x) => x.tracks[0] === '12h')) {
      const e = estimates.find((x) => x.id === l.id)!;
      if (isClosing(l)) continue; // the dossier and the assessment are activities, not reading
      expect(e.words, `${l.id} words`).toBeGreaterThanOrEqual(300);
      expect(e.activities, `${l.id} activities`).toBeGreaterThan(0);
    }
  });
});

describe('order within a step', () => {
  it.each(outline.steps.map((s) => ({ id: s.id, step: s })))(
    "$id puts 2 h lessons, then 4 h additions, then 12 h deepening, then « L'essentiel »",
    ({ step }) => {
      const last = step === outline.steps.at(-1);
      const body = step.lessons.filter((l) => !(last && isClosing(l)));
      const rank = (l: LessonOutline) => (isEssentiel(l) ? 99 : outline.tracks.findIndex((t) => t.id === l.tracks[0]));
      const ranks = body.map(rank);
      expect(ranks, body.map((l) => l.id).join(', ')).toEqual([...ranks].sort((a, b) => a - b));
      expect(body.filter(isEssentiel).length, "one « L'essentiel » per step").toBe(1);
      if (last) {
        const closingStart = step.lessons.findIndex(isClosing);
        expect(step.lessons.slice(closingStart).every(isClosing), 'closing lessons come last').toBe(true);
      }
    },
  );

  it("ends every track's step with its « L'essentiel », but for the last step's closing documents", () => {
    for (const t of outline.tracks)
      for (const s of outline.steps) {
        const lessons = stepLessons(s, t.id).filter((l) => !isClosing(l));
        expect(isEssentiel(lessons.at(-1)!), `${t.id} ${s.id}`).toBe(true);
      }
  });
});

describe('the feuille de route and the 12 h dossier', () => {
  const fieldsOn = (track: '2h' | '4h' | '12h') =>
    spine(outline, track).flatMap((l) => l.reflections.flatMap((r) => (r.roadmapField ? [r.roadmapField] : [])));

  it('feeds every feuille de route field exactly once on 4 h, and none on 2 h', () => {
    expect([...fieldsOn('4h')].sort()).toEqual([...ROADMAP_FIELDS].sort());
    expect(fieldsOn('2h')).toEqual([]);
  });

  it('feeds every dossier field exactly once on 12 h, on top of the feuille de route', () => {
    expect([...fieldsOn('12h')].sort()).toEqual([...ROADMAP_FIELDS, ...DOSSIER_FIELDS].sort());
  });

  it('ends 4 h on the feuille de route, and gives 12 h the dossier', () => {
    expect(spine(outline, '4h').at(-1)?.hasRoadmap).toBe(true);
    const dossier = spine(outline, '12h').flatMap((l) =>
      blocksOf(l.id).filter((b) => b.type === 'roadmap' && b.document === 'dossier'),
    );
    expect(dossier).toHaveLength(1);
  });
});

describe('the final assessment bank', () => {
  it.each(outline.steps.map((s) => ({ id: s.id })))('$id has at least 8 bank questions', ({ id }) => {
    expect(bank.filter((q) => q.stepId === id).length).toBeGreaterThanOrEqual(8);
  });

  it('explains every option, pair and item of every bank question', () => {
    for (const q of bank) {
      const feedback =
        q.kind === 'matching'
          ? q.pairs.map((p) => p.feedback)
          : q.kind === 'ordering'
            ? q.items.map((i) => i.feedback)
            : q.options.map((o) => o.feedback);
      for (const f of feedback) expect(inlineToPlain(f).trim().length, q.id).toBeGreaterThan(20);
    }
  });

  it('uses at least one kind that tests application beyond choice (matching or ordering)', () => {
    expect(bank.some((q) => q.kind === 'matching' || q.kind === 'ordering')).toBe(true);
  });
});
