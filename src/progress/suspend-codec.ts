import type { CourseOutline, QuestionOutline } from '../content/model';
import { TRACK_IDS } from '../content/constants';
import type { TrackId } from '../content/schema';
import { spine } from '../content/spine';
import { LESSON_STATUSES, type Fact, type FactOf, type Progress } from './facts';
import { codebook, knownOptions, optionsCheck, ref, spelled, varint } from './suspend-codebook';
import { readFormatA } from './suspend-read-a';

export { codebook, knownOptions, varint };

/**
 * The compact, versioned text that carries progress facts in SCORM `suspend_data` (SCORM 1.2
 * allows 4096 characters, Moodle enforces it). It is an encoding of the facts, not JSON of any
 * state, so a renamed machine state cannot break it, and it is read back with the same distrust
 * as any foreign input: anything malformed is dropped whole and reported, never thrown.
 *
 * Layout (version "A"): a positional stream with no separators.
 *   "A" track salt seconds · count lessons · count answers · count checklists · count reflections
 * Numbers are base-32 varints written in a 64-character URL-safe alphabet: the last digit of a
 * number comes from the first half of the alphabet, the leading digits from the second half.
 * Lessons, questions and reflections are named by a 3-character hash of their authored id (ids
 * survive course updates, array positions do not). A choice is a bit mask over the options the
 * outline names (the right ones, both sides of a true/false); other option ids and checklist ids,
 * which the outline does not list, are spelled out with a length prefix, as is free text.
 *
 * Decoding dispatches on that first character (SUSPEND_READERS): the reader of format A lives in
 * suspend-read-a.ts and is kept unchanged when a new format is added, so an LMS record written
 * by an older package still resumes.
 *
 * Facts carry no individual time: every decoded fact gets `at` = the newest time among the
 * encoded progress (rounded up to the second). A local fact learned after that instant is newer
 * than anything the LMS holds, anything older was known to the writer; so the per-fact merge
 * keeps whichever copy is ahead while the header spends 7 characters instead of 7 per fact.
 */
export const SUSPEND_VERSION = 'A';

/** Larger values are clamped so each entry has a known maximum size (97 h in one lesson, 255 tries). */
export const MAX_LESSON_SECONDS = Math.floor((2 ** 20 - LESSON_STATUSES.length) / LESSON_STATUSES.length);
export const MAX_ATTEMPTS = 255;
const MAX_INPUT = 200_000;

// ── encoding ───────────────────────────────────────────────────────────────────────────────

export interface Encoded {
  data: string;
  /** Facts that did not fit the budget: they stay in the local journal only. */
  omitted: Fact[];
}

function lessonEntry(f: FactOf<'lesson'>, salt: number): string {
  const seconds = Math.min(MAX_LESSON_SECONDS, f.value.seconds);
  return ref(f.key, salt) + varint(seconds * LESSON_STATUSES.length + LESSON_STATUSES.indexOf(f.value.status));
}

/**
 * An answer: attempts and the right/wrong flag, a check of the known options, the mask of the
 * known options chosen, then any other chosen ids spelled. The choice is a set: it decodes sorted.
 */
export function answerEntry(f: FactOf<'answer'>, q: QuestionOutline, salt: number): string {
  const known = knownOptions(q);
  const choice = [...new Set(f.value.choice)].sort();
  const mask = known.reduce((m, id, i) => (choice.includes(id) ? m + 2 ** i : m), 0);
  const others = choice.filter((id) => !known.includes(id));
  const attempts = Math.min(MAX_ATTEMPTS, f.value.attempts);
  return (
    ref(f.key, salt) +
    varint(attempts * 2 + (f.value.correct ? 1 : 0)) +
    optionsCheck(q) +
    varint(mask) +
    varint(others.length) +
    others.map(spelled).join('')
  );
}

function checklistEntry(f: FactOf<'checklist'>): string {
  return spelled(f.key) + varint(f.value.checked.length) + f.value.checked.map(spelled).join('');
}

function reflectionEntry(f: FactOf<'reflection'>, salt: number): string {
  return ref(f.key, salt) + spelled(f.value.text);
}

/** Which course items this package reports on: the track's spine, or the whole course. */
function scopeOf(outline: CourseOutline, track: TrackId | null) {
  const lessons = track ? spine(outline, track) : outline.steps.flatMap((s) => s.lessons);
  return {
    lessons,
    questions: lessons.flatMap((l) => l.questions),
    reflections: lessons.flatMap((l) => l.reflections.map((r) => r.id)),
  };
}

/**
 * Encodes the facts of `progress` that belong to `track` (checklists are not in the outline, so
 * all of them). Facts are added whole, in priority order (lessons, answers, checklists,
 * reflections), while the result stays within `budget`; the rest is returned as `omitted`.
 */
export function encodeSuspend(
  outline: CourseOutline,
  track: TrackId | null,
  progress: Progress,
  budget = Infinity,
): Encoded {
  const book = codebook(outline);
  if (!book) throw new Error('no salt gives distinct short names to this course’s ids');
  const scope = scopeOf(outline, track);
  const facts = Object.values(progress);
  const newest = facts.reduce((m, f) => Math.max(m, f.at), 0);
  const trackFact = progress['track:track'];
  const trackIndex = trackFact?.kind === 'track' ? TRACK_IDS.indexOf(trackFact.value) + 1 : 0;
  const header = SUSPEND_VERSION + varint(trackIndex) + varint(book.salt) + varint(Math.ceil(newest / 1000));

  const pick = <K extends Fact['kind']>(kind: K, keys: string[]) =>
    keys.map((k) => progress[`${kind}:${k}`] as FactOf<K> | undefined).filter((f): f is FactOf<K> => f?.kind === kind);
  const sections: [Fact, string][][] = [
    pick(
      'lesson',
      scope.lessons.map((l) => l.id),
    ).map((f) => [f, lessonEntry(f, book.salt)]),
    scope.questions.flatMap((q) =>
      pick('answer', [q.id]).map((f): [Fact, string] => [f, answerEntry(f, q, book.salt)]),
    ),
    facts
      .filter((f): f is FactOf<'checklist'> => f.kind === 'checklist')
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((f) => [f, checklistEntry(f)]),
    pick('reflection', scope.reflections).map((f) => [f, reflectionEntry(f, book.salt)]),
  ];

  const kept: string[][] = sections.map(() => []);
  const omitted: Fact[] = [];
  // Sizes are tracked as they grow, so a 64000-character budget costs no repeated joins.
  let size = header.length + sections.length * varint(0).length;
  sections.forEach((entries, i) => {
    for (const [fact, entry] of entries) {
      const n = kept[i]!.length;
      const grown = size + entry.length + varint(n + 1).length - varint(n).length;
      if (grown > budget) {
        omitted.push(fact);
        continue;
      }
      kept[i]!.push(entry);
      size = grown;
    }
  });
  return { data: header + kept.map((entries) => varint(entries.length) + entries.join('')).join(''), omitted };
}

// ── decoding ───────────────────────────────────────────────────────────────────────────────

export interface Decoded {
  facts: Fact[];
  /** `corrupt`: nothing could be trusted, all was dropped; `unknown-ids`: some entries name ids this course no longer has. */
  problem: 'corrupt' | 'unknown-ids' | null;
  /** The time given to every decoded fact (ms), or 0 when there was no data. */
  at: number;
}

/**
 * One reader per format version ever written, by its version character. A learner's LMS keeps
 * the suspend_data of the version that wrote it for as long as the attempt lives, so a new
 * format adds a reader here and never removes one (tests/unit/suspend-golden.test.ts decodes
 * committed strings of every version).
 */
export const SUSPEND_READERS: Readonly<Record<string, (outline: CourseOutline, raw: string) => Decoded>> = {
  A: readFormatA,
};

/** Reads suspend_data written by `encodeSuspend`, now or by an earlier version. Never throws: bad input gives no facts and a problem. */
export function decodeSuspend(outline: CourseOutline, raw: unknown): Decoded {
  if (raw === undefined || raw === null || raw === '') return { facts: [], problem: null, at: 0 };
  if (typeof raw !== 'string' || raw.length > MAX_INPUT) return { facts: [], problem: 'corrupt', at: 0 };
  const read = Object.hasOwn(SUSPEND_READERS, raw[0]!) ? SUSPEND_READERS[raw[0]!] : undefined;
  if (!read) return { facts: [], problem: 'corrupt', at: 0 };
  try {
    return read(outline, raw);
  } catch {
    return { facts: [], problem: 'corrupt', at: 0 };
  }
}
