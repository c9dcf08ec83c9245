import type { CourseOutline } from '../content/model';
import { TRACK_IDS } from '../content/constants';
import type { TrackId } from '../content/schema';
import { spine } from '../content/spine';
import type { Fact, FactOf, Progress } from './facts';
import { courseIds, currentTrack } from './selectors';
import { codebook, knownOptions, varint } from './suspend-codebook';
import { readFormatA } from './suspend-read-a';
import { assessmentSection, lessonEntry, answerEntry, checklistEntry, reflectionEntry } from './suspend-entries';
import { readFormatB } from './suspend-read-b';

export { codebook, knownOptions, varint };
export { answerEntry, attemptEntry, resultEntry, MAX_ATTEMPTS, MAX_LESSON_SECONDS } from './suspend-entries';

/**
 * The compact, versioned text that carries progress facts in SCORM `suspend_data` (SCORM 1.2
 * allows 4096 characters, Moodle enforces it). It is an encoding of the facts, not JSON of any
 * state, so a renamed machine state cannot break it, and it is read back with the same distrust
 * as any foreign input: anything malformed is dropped whole and reported, never thrown.
 *
 * Layout (version "B"): a positional stream with no separators.
 *   "B" track salt seconds · count lessons · count answers · assessment · count checklists ·
 *   count reflections
 * Numbers are base-32 varints written in a 64-character URL-safe alphabet: the last digit of a
 * number comes from the first half of the alphabet, the leading digits from the second half.
 * Lessons, questions and reflections are named by a 3-character hash of their authored id (ids
 * survive course updates, array positions do not). A choice is a bit mask over every option of
 * the question (the outline lists them all), so any answer costs a few characters; checklist
 * ids and free text are spelled out with a length prefix. The assessment's current attempt and
 * best result follow the answers (see suspend-entries.ts): a seed and answers by drawn
 * position, so an attempt in progress costs about 10 characters per question.
 *
 * Format "A" (until this version) spelled out every chosen option the outline did not name, up
 * to 4,454 characters for the 12 h track's lessons and answers.
 *
 * Decoding dispatches on that first character (SUSPEND_READERS): the readers of formats A and B
 * live in suspend-read-a.ts and suspend-read-b.ts and are kept unchanged when a new format is
 * added, so an LMS record written by an older package still resumes.
 *
 * Facts carry no individual time: every decoded fact gets `at` = the newest time among the
 * encoded progress (rounded up to the second). A local fact learned after that instant is newer
 * than anything the LMS holds, anything older was known to the writer; so the per-fact merge
 * keeps whichever copy is ahead while the header spends 7 characters instead of 7 per fact.
 */
export const SUSPEND_VERSION = 'B';

const MAX_INPUT = 200_000;

// ── encoding ───────────────────────────────────────────────────────────────────────────────

export interface Encoded {
  data: string;
  /** Facts that did not fit the budget: they stay in the local journal only. */
  omitted: Fact[];
}

/** Which course items this package reports on: the track's spine, or the whole course. */
function scopeOf(outline: CourseOutline, track: TrackId | null) {
  const assessed = outline.assessment && (track === null || outline.assessment.track === track);
  const assessment = assessed ? outline.assessment!.id : null;
  if (!track) return { ...courseIds(outline), assessment };
  const lessons = spine(outline, track);
  return {
    lessons,
    questions: lessons.flatMap((l) => l.questions),
    reflections: lessons.flatMap((l) => l.reflections.map((r) => r.id)),
    assessment,
  };
}

/**
 * Encodes the facts of `progress` that belong to `track` (checklists are not in the outline, so
 * all of them). Facts are added whole, in priority order (lessons, answers, the assessment,
 * checklists, reflections), while the result stays within `budget`; the rest is returned as
 * `omitted`. The assessment section is all or nothing: a partial attempt would be misread.
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
  const chosen = currentTrack(progress);
  const trackIndex = chosen ? TRACK_IDS.indexOf(chosen) + 1 : 0;
  const header = SUSPEND_VERSION + varint(trackIndex) + varint(book.salt) + varint(Math.ceil(newest / 1000));

  const pick = <K extends Fact['kind']>(kind: K, keys: string[]) =>
    keys.map((k) => progress[`${kind}:${k}`] as FactOf<K> | undefined).filter((f): f is FactOf<K> => f?.kind === kind);
  const assessment = scope.assessment
    ? assessmentSection(pick('attempt', [scope.assessment])[0], pick('result', [scope.assessment])[0])
    : null;
  // Each section: its entries (the facts an entry holds, its text), and whether a count leads it.
  const sections: { counted: boolean; entries: [Fact[], string][] }[] = [
    {
      counted: true,
      entries: pick(
        'lesson',
        scope.lessons.map((l) => l.id),
      ).map((f) => [[f], lessonEntry(f, book.salt)]),
    },
    {
      counted: true,
      entries: scope.questions.flatMap((q) =>
        pick('answer', [q.id]).map((f): [Fact[], string] => [[f], answerEntry(f, q, book.salt)]),
      ),
    },
    // The assessment is one entry with no count: its flag digit says what it holds ("0": nothing).
    { counted: false, entries: assessment && assessment.facts.length ? [[assessment.facts, assessment.text]] : [] },
    {
      counted: true,
      entries: facts
        .filter((f): f is FactOf<'checklist'> => f.kind === 'checklist')
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map((f) => [[f], checklistEntry(f)]),
    },
    { counted: true, entries: pick('reflection', scope.reflections).map((f) => [[f], reflectionEntry(f, book.salt)]) },
  ];

  const kept: string[][] = sections.map(() => []);
  const omitted: Fact[] = [];
  const empty = varint(0);
  // Sizes are tracked as they grow, so a 64000-character budget costs no repeated joins.
  let size = header.length + sections.length * empty.length;
  sections.forEach(({ counted, entries }, i) => {
    for (const [whole, entry] of entries) {
      const n = kept[i]!.length;
      const grown = size + entry.length - (counted ? varint(n).length - varint(n + 1).length : empty.length);
      if (grown > budget) {
        omitted.push(...whole);
        continue;
      }
      kept[i]!.push(entry);
      size = grown;
    }
  });
  const text = sections.map(({ counted }, i) =>
    counted ? varint(kept[i]!.length) + kept[i]!.join('') : (kept[i]![0] ?? empty),
  );
  return { data: header + text.join(''), omitted };
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
  B: readFormatB,
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
