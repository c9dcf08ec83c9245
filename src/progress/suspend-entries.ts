import type { QuestionOutline } from '../content/model';
import { LESSON_STATUSES, type Fact, type FactOf } from './facts';
import { ALPHABET, fnv1a, ref, spelled, varint } from './suspend-codebook';

/**
 * The entries of suspend_data format B, one function per fact kind (the stream's layout is in
 * suspend-codec.ts; suspend-read-b.ts reads them back). Every entry has a known maximum size,
 * so scorm/suspend-budget.ts can compute the worst case of a whole track at build time.
 */

/** Larger values are clamped so each entry has a known maximum size (97 h in one lesson, 255 tries). */
export const MAX_LESSON_SECONDS = Math.floor((2 ** 20 - LESSON_STATUSES.length) / LESSON_STATUSES.length);
export const MAX_ATTEMPTS = 255;
/** An answer's latency is clamped to 9 h 6 min: three characters. */
export const MAX_ANSWER_SECONDS = 32767;

export function lessonEntry(f: FactOf<'lesson'>, salt: number): string {
  const seconds = Math.min(MAX_LESSON_SECONDS, f.value.seconds);
  return ref(f.key, salt) + varint(seconds * LESSON_STATUSES.length + LESSON_STATUSES.indexOf(f.value.status));
}

/** Per question outline, its sorted options and their check (a sync encodes every answer each time). */
const sorted = new WeakMap<QuestionOutline, { options: string[]; check: string }>();

function optionsOf(q: QuestionOutline) {
  let found = sorted.get(q);
  if (!found) {
    const options = [...new Set(q.options)].sort();
    found = { options, check: ALPHABET[fnv1a(options.join(','), 11) % 64]! };
    sorted.set(q, found);
  }
  return found;
}

/** Every option id of a question, sorted: the bits of a choice mask, whatever their authored order. */
export function allOptions(q: QuestionOutline): string[] {
  return optionsOf(q).options;
}

/** One character that changes when a question's options change (a course update). */
export function allOptionsCheck(q: QuestionOutline): string {
  return optionsOf(q).check;
}

/**
 * A practice answer: tries and the right/wrong flag, a check of the question's options, and the
 * choice as a bit mask over all of them. The choice is a set: it decodes sorted. An id that is
 * not an option of the question (a stale answer) cannot be written and is left out.
 */
export function answerEntry(f: FactOf<'answer'>, q: QuestionOutline, salt: number): string {
  const options = allOptions(q);
  const mask = options.reduce((m, id, i) => (f.value.choice.includes(id) ? m + 2 ** i : m), 0);
  const attempts = Math.min(MAX_ATTEMPTS, f.value.attempts);
  return ref(f.key, salt) + varint(attempts * 2 + (f.value.correct ? 1 : 0)) + allOptionsCheck(q) + varint(mask);
}

export function checklistEntry(f: FactOf<'checklist'>): string {
  return spelled(f.key) + varint(f.value.checked.length) + f.value.checked.map(spelled).join('');
}

export function reflectionEntry(f: FactOf<'reflection'>, salt: number): string {
  return ref(f.key, salt) + spelled(f.value.text);
}

/**
 * The assessment's current attempt: its number and whether it was submitted, the seed it was
 * drawn with, the bank check, then each drawn position's answer: "0" when unanswered, else the
 * response's length + 1, each index + 1 (a matching pair left unset is -1), and the latency.
 */
export function attemptEntry(f: FactOf<'attempt'>): string {
  const { number, seed, bank, answers, submitted } = f.value;
  return (
    varint(Math.min(MAX_ATTEMPTS, number) * 2 + (submitted ? 1 : 0)) +
    varint(seed) +
    spelled(bank) +
    varint(answers.length) +
    answers
      .map((a) =>
        a
          ? varint(a.response.length + 1) +
            a.response.map((i) => varint(i + 1)).join('') +
            varint(Math.min(MAX_ANSWER_SECONDS, a.seconds))
          : varint(0),
      )
      .join('')
  );
}

/** The best result: attempt number, seed, right answers, questions, submission time in seconds. */
export function resultEntry(f: FactOf<'result'>): string {
  const { attempt, seed, right, total, submittedAt } = f.value;
  return (
    varint(Math.min(MAX_ATTEMPTS, attempt)) +
    varint(seed) +
    varint(right) +
    varint(total) +
    varint(Math.floor(submittedAt / 1000))
  );
}

/**
 * The assessment section: a flag digit (1: an attempt follows, 2: a result follows, 3: both),
 * then those entries. The course has at most one assessment, so its id is never written.
 */
export function assessmentSection(
  attempt: FactOf<'attempt'> | undefined,
  result: FactOf<'result'> | undefined,
): { facts: Fact[]; text: string } {
  const facts: Fact[] = [...(attempt ? [attempt] : []), ...(result ? [result] : [])];
  const flags = (attempt ? 1 : 0) + (result ? 2 : 0);
  return {
    facts,
    text: varint(flags) + (attempt ? attemptEntry(attempt) : '') + (result ? resultEntry(result) : ''),
  };
}
