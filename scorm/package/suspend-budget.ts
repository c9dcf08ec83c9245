import type { BankEntry, CompiledCourse } from '../../src/content/model';
import type { TrackId } from '../../src/content/schema';
import { spine } from '../../src/content/spine';
import { progressFromFacts, type Fact, type Progress } from '../../src/progress/facts';
import { encodeSuspend, MAX_ATTEMPTS, MAX_LESSON_SECONDS } from '../../src/progress/suspend-codec';
import { MAX_ANSWER_SECONDS } from '../../src/progress/suspend-entries';

/** SCORM 1.2 `cmi.suspend_data` is a CMIString4096; Moodle rejects anything longer. */
export const SCORM12_LIMIT = 4096;
/** What we aim for in 1.2, so that checklists and reflections usually fit too. */
export const SCORM12_AIM = 2048;
/** SCORM 2004 4th edition `cmi.suspend_data`: characterstring SPM 64000. */
export const SCORM2004_LIMIT = 64000;

/** The latest time the header can hold costs the most characters: 2^35 s, in ms. */
const LATEST = 2 ** 35 * 1000 - 1000;

/** Option ids of every practice question (as the content lists them) and item ids of every checklist (which the outline does not list). */
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

/** The most indices one answer to a bank question can hold, whatever its kind. */
function longestResponse(q: BankEntry): number {
  if (q.kind === 'ordering') return q.items.length;
  if (q.kind === 'matching') return q.pairs.length;
  return q.options.length;
}

/**
 * The longest attempt and result of the course's assessment: the attempt number, seed and times
 * at their caps, and the drawn positions filled by the bank questions with the longest
 * responses, each answered with its every index (more than the screen allows: an upper bound).
 */
export function worstCaseAssessment(course: CompiledCourse, at = LATEST): Fact[] {
  const a = course.outline.assessment;
  if (!a) return [];
  const lengths = course.bank.map(longestResponse).sort((x, y) => y - x);
  const answers = lengths.slice(0, a.questionsPerAttempt).map((n) => ({
    // Indices are below 31 in any bank the schema accepts, so each is written in one character.
    response: Array.from({ length: n }, (_, i) => i),
    seconds: MAX_ANSWER_SECONDS,
  }));
  const seed = 2 ** 32 - 1;
  return [
    {
      kind: 'attempt',
      key: a.id,
      at,
      value: { number: MAX_ATTEMPTS, seed, bank: a.bankCheck, answers, submitted: true },
    },
    {
      kind: 'result',
      key: a.id,
      at,
      value: {
        attempt: MAX_ATTEMPTS,
        seed,
        right: a.questionsPerAttempt,
        total: a.questionsPerAttempt,
        submittedAt: at,
      },
    },
  ];
}

/**
 * The progress state of one track whose encoding is the longest. The encoding is a sum of
 * independent per-fact entries, so the longest whole is made of the longest entry of each fact:
 * every lesson completed with the most time, every question answered with all of its options
 * (a varint grows with its value, so the full mask is the longest; more than a single-choice
 * screen allows, so this is an upper bound), the assessment's longest attempt and result,
 * every checklist ticked through, every reflection filled to its maxLength.
 */
export function worstCaseProgress(
  course: CompiledCourse,
  track: TrackId,
  parts: { checklists: boolean; reflections: boolean; answers?: boolean } = { checklists: true, reflections: true },
): Progress {
  const { outline } = course;
  const { checklists } = courseChoices(course);
  const at = LATEST;
  const lessons = spine(outline, track);
  const facts: Fact[] = [{ kind: 'track', key: 'track', at, value: track }];
  for (const l of lessons) {
    facts.push({ kind: 'lesson', key: l.id, at, value: { status: 'completed', seconds: MAX_LESSON_SECONDS } });
    for (const q of parts.answers === false ? [] : l.questions)
      facts.push({
        kind: 'answer',
        key: q.id,
        at,
        value: { choice: [...q.options].sort(), correct: true, attempts: MAX_ATTEMPTS },
      });
    if (parts.reflections)
      for (const r of l.reflections)
        facts.push({ kind: 'reflection', key: r.id, at, value: { text: 'é'.repeat(r.maxLength) } });
  }
  if (outline.assessment?.track === track) facts.push(...worstCaseAssessment(course, at));
  if (parts.checklists)
    for (const [id, items] of checklists)
      facts.push({ kind: 'checklist', key: id, at, value: { checked: [...items].sort() } });
  return progressFromFacts(facts);
}

export interface SuspendBudget {
  track: TrackId;
  /** Lessons alone: status, completion and time, what the LMS grades. */
  lessons: number;
  /** Lessons, practice answers and the assessment (an attempt in progress, the best result): what SCORM 1.2 must always hold. */
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
 * 1.2 the lessons, the practice answers and the assessment (an attempt in progress and the best
 * result) must always fit: they are what the LMS grades and what a relaunch resumes. Checklists
 * and reflections fill the room left, and what does not fit stays in the device's journal, the
 * learner being told. Since format B writes any choice as a mask, the 12 h core fits with room.
 */
export function budgetErrors(b: SuspendBudget): string[] {
  const errors: string[] = [];
  if (b.core > SCORM12_LIMIT)
    errors.push(
      `${b.track}: SCORM 1.2 suspend_data could reach ${b.core} characters for lessons, answers and the assessment (limit ${SCORM12_LIMIT})`,
    );
  if (b.full > SCORM2004_LIMIT)
    errors.push(`${b.track}: SCORM 2004 suspend_data could reach ${b.full} characters (limit ${SCORM2004_LIMIT})`);
  return errors;
}

/** What the build notes without failing: a core above the 2,048 aim leaves little room for reflections. */
export function budgetWarnings(b: SuspendBudget): string[] {
  return b.core > SCORM12_AIM
    ? [
        `${b.track}: in SCORM 1.2, lessons, answers and the assessment could need ${b.core} characters (aim ${SCORM12_AIM}); checklists and reflections that do not fit stay on the device and the learner is told`,
      ]
    : [];
}
