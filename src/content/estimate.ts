import type { BankEntry, CompiledCourse, CourseOutline, LessonOutline } from './model.ts';
import { inlineToPlain, richToPlain, type Inline, type RichText } from './rich-text.ts';
import type { Block, TrackId } from './schema.ts';
import { spine } from './spine.ts';

/**
 * How long a lesson honestly takes, from its blocks. The rule is the content brief's
 * (« Durations »): reading at 200 words per minute, 1 minute per quiz question (the final
 * assessment's drawn questions included), and the minutes
 * each activity declares. An activity that declares none counts as: a reflection 5 min (a short
 * paragraph, the low end of the brief's 5–10 min; an action plan likewise), a checklist ½ min per item, a case or any text
 * its words, a chart ½ min plus its words, the feuille de route screen 5 min.
 * Build time and tests only.
 */
export const READING_WORDS_PER_MINUTE = 200;
export const MINUTES_PER_QUIZ_QUESTION = 1;
export const DEFAULT_REFLECTION_MINUTES = 5;
export const CHECKLIST_MINUTES_PER_ITEM = 0.5;
export const FIGURES_MINUTES = 0.5;
export const DEFAULT_ROADMAP_MINUTES = 5;
/** A lesson's declared minutes may differ from its estimate by this share at most (issue 13). */
export const LESSON_TOLERANCE = 0.25;

/** Words in a string: runs of letters or digits (« l'alliance » counts 2, « 57 % » counts 1). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

const inlineWords = (nodes: readonly Inline[] | undefined) => (nodes ? countWords(inlineToPlain(nodes)) : 0);
const richWords = (blocks: RichText | undefined) => (blocks ? countWords(richToPlain(blocks)) : 0);

/** What one block asks of the learner: words to read, and minutes of activity beyond reading. */
export interface BlockLoad {
  words: number;
  activityMinutes: number;
  /** 1 when the block is something the learner does (quiz, reflection, exercise…), else 0. */
  activities: number;
}

export function blockLoad(b: Block): BlockLoad {
  const read = (words: number): BlockLoad => ({ words, activityMinutes: 0, activities: 0 });
  const act = (activityMinutes: number, words = 0): BlockLoad => ({ words, activityMinutes, activities: 1 });
  switch (b.type) {
    case 'text':
      return read(richWords(b.body));
    case 'callout':
      return read(richWords(b.body) + countWords(b.title ?? ''));
    case 'image':
      return read(inlineWords(b.caption));
    case 'figures':
      return {
        words: countWords([b.title, b.caption ?? '', b.source, ...b.data.map((d) => d.label)].join(' ')),
        activityMinutes: FIGURES_MINUTES,
        activities: 0,
      };
    case 'resources':
      return read(b.items.reduce((n, i) => n + countWords(i.title) + inlineWords(i.description), 0));
    case 'case':
      // A case that declares minutes is worked (questions to think through), not only read.
      return b.minutes ? act(b.minutes) : read(richWords(b.body) + countWords(b.title));
    case 'quiz':
      return act(b.questions.length * MINUTES_PER_QUIZ_QUESTION);
    case 'reflection':
      return act(b.minutes ?? DEFAULT_REFLECTION_MINUTES, inlineWords(b.prompt));
    case 'exercise':
      return act(b.minutes, richWords(b.instructions));
    case 'action-plan':
      return act(b.minutes ?? DEFAULT_REFLECTION_MINUTES, inlineWords(b.prompt));
    case 'checklist':
      return act(b.minutes ?? b.items.length * CHECKLIST_MINUTES_PER_ITEM, 0);
    case 'roadmap':
      return act(b.minutes ?? DEFAULT_ROADMAP_MINUTES, richWords(b.intro));
    case 'assessment':
      // One attempt: as many questions as it draws, at the quiz rate.
      return act(b.questionsPerAttempt * MINUTES_PER_QUIZ_QUESTION);
  }
}

export interface LessonEstimate {
  id: string;
  declared: number;
  words: number;
  activities: number;
  /** Estimated minutes: words / 200 + activity minutes. */
  estimate: number;
}

export function lessonEstimate(lesson: LessonOutline, blocks: readonly Block[]): LessonEstimate {
  let words = 0;
  let activityMinutes = 0;
  let activities = 0;
  for (const b of blocks) {
    const load = blockLoad(b);
    words += load.words;
    activityMinutes += load.activityMinutes;
    activities += load.activities;
  }
  const estimate = Math.round((words / READING_WORDS_PER_MINUTE + activityMinutes) * 10) / 10;
  return { id: lesson.id, declared: lesson.minutes, words, activities, estimate };
}

/**
 * True when the declared minutes are within ±25 % of the estimate. Declared minutes are whole,
 * so half a minute of rounding is always allowed (a 1.4-minute summary may declare 1 or 2).
 */
export function withinTolerance(e: LessonEstimate): boolean {
  return Math.abs(e.declared - e.estimate) <= Math.max(e.estimate * LESSON_TOLERANCE, 0.5);
}

/** Every lesson's estimate, in course order. */
export function lessonEstimates(course: CompiledCourse): LessonEstimate[] {
  const blocksOf = new Map(course.content.flatMap((c) => Object.entries(c.lessons)));
  return course.outline.steps.flatMap((s) => s.lessons.map((l) => lessonEstimate(l, blocksOf.get(l.id) ?? [])));
}

export interface TrackLoad {
  words: number;
  activities: number;
  estimate: number;
}

/** Words, activities and estimated minutes of a track's whole spine. */
export function trackLoad(outline: CourseOutline, estimates: readonly LessonEstimate[], track: TrackId): TrackLoad {
  const byId = new Map(estimates.map((e) => [e.id, e]));
  const out = { words: 0, activities: 0, estimate: 0 };
  for (const l of spine(outline, track)) {
    const e = byId.get(l.id);
    if (!e) continue;
    out.words += e.words;
    out.activities += e.activities;
    out.estimate += e.estimate;
  }
  return { ...out, estimate: Math.round(out.estimate) };
}

/** Bank questions per step id, in course order. */
export function bankPerStep(outline: CourseOutline, bank: readonly BankEntry[]): Record<string, number> {
  return Object.fromEntries(outline.steps.map((s) => [s.id, bank.filter((q) => q.stepId === s.id).length]));
}
