import type { CompiledCourse } from '../src/content/model';
import type { TrackId } from '../src/content/schema';
import { spine } from '../src/content/spine';
import { progressFromFacts, type Fact, type Progress } from '../src/progress/facts';
import { answerEntry, codebook, encodeSuspend, MAX_ATTEMPTS, MAX_LESSON_SECONDS } from '../src/progress/suspend-codec';

/** SCORM 1.2 `cmi.suspend_data` is a CMIString4096; Moodle rejects anything longer. */
export const SCORM12_LIMIT = 4096;
/** What we aim for in 1.2, so that checklists and reflections usually fit too. */
export const SCORM12_AIM = 2048;
/** SCORM 2004 4th edition `cmi.suspend_data`: characterstring SPM 64000. */
export const SCORM2004_LIMIT = 64000;

/** The latest time the header can hold costs the most characters: 2^35 s, in ms. */
const LATEST = 2 ** 35 * 1000 - 1000;

/** Option ids of every question and item ids of every checklist: the outline does not list them. */
export function courseChoices(course: CompiledCourse) {
  const options = new Map<string, string[]>();
  const checklists = new Map<string, string[]>();
  for (const step of course.content)
    for (const blocks of Object.values(step.lessons))
      for (const b of blocks) {
        if (b.type === 'quiz')
          for (const q of b.questions)
            options.set(
              q.id,
              q.options.map((o) => o.id),
            );
        if (b.type === 'checklist')
          checklists.set(
            b.id,
            b.items.map((i) => i.id),
          );
      }
  return { options, checklists };
}

function subsets<T>(xs: T[]): T[][] {
  return xs.reduce<T[][]>((acc, x) => acc.concat(acc.map((s) => [...s, x])), [[]]);
}

/**
 * The progress state of one track whose encoding is the longest. The encoding is a sum of
 * independent per-fact entries, so the longest whole is made of the longest entry of each fact:
 * every lesson completed with the most time, every question answered in its longest way (any
 * subset of its options, whatever the question kind allows in the UI, so this is an upper
 * bound), every checklist ticked through, every reflection filled to its maxLength.
 */
export function worstCaseProgress(
  course: CompiledCourse,
  track: TrackId,
  parts: { checklists: boolean; reflections: boolean; answers?: boolean } = { checklists: true, reflections: true },
): Progress {
  const { outline } = course;
  const { options, checklists } = courseChoices(course);
  const salt = codebook(outline)!.salt;
  const at = LATEST;
  const lessons = spine(outline, track);
  const facts: Fact[] = [{ kind: 'track', key: 'track', at, value: track }];
  for (const l of lessons) {
    facts.push({ kind: 'lesson', key: l.id, at, value: { status: 'completed', seconds: MAX_LESSON_SECONDS } });
    for (const q of parts.answers === false ? [] : l.questions) {
      const candidates = subsets([...(options.get(q.id) ?? q.correct)].sort()).flatMap((choice) =>
        [true, false].map((correct): Fact & { kind: 'answer' } => ({
          kind: 'answer',
          key: q.id,
          at,
          value: { choice, correct, attempts: MAX_ATTEMPTS },
        })),
      );
      const longest = candidates.reduce((a, b) =>
        answerEntry(b, q, salt).length > answerEntry(a, q, salt).length ? b : a,
      );
      facts.push(longest);
    }
    if (parts.reflections)
      for (const r of l.reflections)
        facts.push({ kind: 'reflection', key: r.id, at, value: { text: 'é'.repeat(r.maxLength) } });
  }
  if (parts.checklists)
    for (const [id, items] of checklists)
      facts.push({ kind: 'checklist', key: id, at, value: { checked: [...items].sort() } });
  return progressFromFacts(facts);
}

export interface SuspendBudget {
  track: TrackId;
  /** Lessons alone: what SCORM 1.2 must always hold (status, completion, time). */
  lessons: number;
  /** Lessons and practice answers: what SCORM 1.2 holds when they fit. */
  core: number;
  /** Core plus every checklist: what 1.2 holds before reflections compete for room. */
  withChecklists: number;
  /** Everything including reflections at their maximum length: what 2004 may have to hold. */
  full: number;
}

export function suspendBudget(course: CompiledCourse, track: TrackId): SuspendBudget {
  const size = (parts: { checklists: boolean; reflections: boolean; answers?: boolean }) =>
    encodeSuspend(course.outline, track, worstCaseProgress(course, track, parts)).data.length;
  return {
    track,
    lessons: size({ checklists: false, reflections: false, answers: false }),
    core: size({ checklists: false, reflections: false }),
    withChecklists: size({ checklists: true, reflections: false }),
    full: size({ checklists: true, reflections: true }),
  };
}

/**
 * Problems that must fail the build; an empty list means every package fits its LMS. In SCORM
 * 1.2 the lessons must always fit (completion and time are what the LMS grades); practice
 * answers, checklists and reflections are added in that order while they fit, and what does not
 * fit stays in the device's journal, the learner being told (see budgetWarnings).
 */
export function budgetErrors(b: SuspendBudget): string[] {
  const errors: string[] = [];
  if (b.lessons > SCORM12_LIMIT)
    errors.push(
      `${b.track}: SCORM 1.2 suspend_data could reach ${b.lessons} characters for lessons alone (limit ${SCORM12_LIMIT})`,
    );
  if (b.full > SCORM2004_LIMIT)
    errors.push(`${b.track}: SCORM 2004 suspend_data could reach ${b.full} characters (limit ${SCORM2004_LIMIT})`);
  return errors;
}

/**
 * What a package may keep on the device only. Since the 12 h content landed, its practice
 * answers can outgrow SCORM 1.2's 4,096 characters in the worst case (format A spells wrong
 * options out); suspend_data format B, which writes any choice as a mask, is on its way with the
 * final assessment (issue 10). Until then the build says so instead of failing.
 */
export function budgetWarnings(b: SuspendBudget): string[] {
  return b.core > SCORM12_LIMIT
    ? [
        `${b.track}: in SCORM 1.2, practice answers could need ${b.core} characters with the lessons (limit ${SCORM12_LIMIT}); those that do not fit stay on the device and the learner is told`,
      ]
    : [];
}
