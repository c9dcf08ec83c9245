import type { TrackId } from '../content/schema';

/**
 * Progress is a set of small facts keyed by stable authored ids, never by array positions or by
 * machine state names, so a course update or a renamed state cannot break a saved learner.
 * Each fact carries the time it was learned (`at`, ms since epoch) so that two copies (two tabs,
 * IndexedDB and the LMS) merge fact by fact.
 */
export const LESSON_STATUSES = ['visited', 'viewed', 'completed'] as const;
export type LessonStatus = (typeof LESSON_STATUSES)[number];

export type Fact =
  | { kind: 'track'; key: 'track'; at: number; value: TrackId }
  | { kind: 'bookmark'; key: 'bookmark'; at: number; value: string }
  | { kind: 'lesson'; key: string; at: number; value: { status: LessonStatus; seconds: number } }
  | { kind: 'answer'; key: string; at: number; value: { choice: string[]; correct: boolean; attempts: number } }
  | { kind: 'reflection'; key: string; at: number; value: { text: string } }
  | { kind: 'checklist'; key: string; at: number; value: { checked: string[] } }
  /** The final assessment's current attempt, keyed by the assessment block's id. */
  | { kind: 'attempt'; key: string; at: number; value: AttemptValue }
  /** The final assessment's best submitted attempt, keyed by the assessment block's id. */
  | { kind: 'result'; key: string; at: number; value: ResultValue }
  /** The learner's name for the attestation: typed once (`name`), or as the LMS gives it (`lms-name`). */
  | { kind: 'learner'; key: LearnerKey; at: number; value: string };

export const LEARNER_KEYS = ['name', 'lms-name'] as const;
export type LearnerKey = (typeof LEARNER_KEYS)[number];

/**
 * One answer of an attempt, in index form against the authored question (never the shuffled
 * order on screen): the chosen option indices (single, multiple, true/false), the item indices
 * in the learner's order (ordering), or each pair's target index, -1 when unset (matching).
 * `seconds`: time from the previous answer (or the attempt's start) to this one, its latency.
 */
export interface AttemptAnswer {
  response: number[];
  seconds: number;
}

/**
 * An attempt is rebuilt from its seed: which questions were drawn and in which order their
 * options show. `bank` is a check of the bank it was drawn from (a course update that changes
 * the bank makes the attempt void, never misread). Answers are by drawn position.
 */
export interface AttemptValue {
  number: number;
  seed: number;
  bank: string;
  answers: (AttemptAnswer | null)[];
  submitted: boolean;
}

/** The best submitted attempt: its score and when it was submitted (ms, whole seconds). */
export interface ResultValue {
  attempt: number;
  seed: number;
  right: number;
  total: number;
  submittedAt: number;
}

export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;

/** All facts of one learner on one course, by `kind:key`. */
export type Progress = Readonly<Record<string, Fact>>;

export const EMPTY_PROGRESS: Progress = Object.freeze({});

export function factId(f: Pick<Fact, 'kind' | 'key'>): string {
  return `${f.kind}:${f.key}`;
}

export function getFact<K extends FactKind>(p: Progress, kind: K, key: string): FactOf<K> | undefined {
  return p[`${kind}:${key}`] as FactOf<K> | undefined;
}

const rank = (s: LessonStatus) => LESSON_STATUSES.indexOf(s);

/**
 * Merges two versions of the same fact. Lesson facts only grow (a completed lesson never goes
 * back to visited, time spent never shrinks) and a result only improves, so their merge is
 * order-free; every other fact is last-writer-wins on `at`, the incoming copy winning ties so
 * that a retry can repeat itself.
 */
export function mergeFact(current: Fact | undefined, incoming: Fact): Fact {
  if (!current) return incoming;
  if (current.kind === 'lesson' && incoming.kind === 'lesson') {
    return {
      kind: 'lesson',
      key: incoming.key,
      at: Math.max(current.at, incoming.at),
      value: {
        status: rank(incoming.value.status) > rank(current.value.status) ? incoming.value.status : current.value.status,
        seconds: Math.max(current.value.seconds, incoming.value.seconds),
      },
    };
  }
  if (current.kind === 'result' && incoming.kind === 'result') return betterResult(current, incoming);
  return incoming.at >= current.at ? incoming : current;
}

/**
 * The best of two results, whoever wrote last: the higher score (compared exactly, as
 * right × total products), then the earlier submission. So the kept score never goes down.
 */
function betterResult(a: FactOf<'result'>, b: FactOf<'result'>): FactOf<'result'> {
  const diff = b.value.right * a.value.total - a.value.right * b.value.total;
  if (diff !== 0) return diff > 0 ? b : a;
  return b.value.submittedAt < a.value.submittedAt ? b : a;
}

export function applyFacts(progress: Progress, facts: readonly Fact[]): Progress {
  if (facts.length === 0) return progress;
  const next: Record<string, Fact> = { ...progress };
  for (const f of facts) next[factId(f)] = mergeFact(next[factId(f)], f);
  return next;
}

export function progressFromFacts(facts: readonly Fact[]): Progress {
  return applyFacts(EMPTY_PROGRESS, facts);
}

/** True when merging `facts` into `p` would change nothing: used to avoid echo loops between tabs. */
export function isKnown(p: Progress, f: Fact): boolean {
  const cur = p[factId(f)];
  return cur !== undefined && JSON.stringify(mergeFact(cur, f)) === JSON.stringify(cur);
}
