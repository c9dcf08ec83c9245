import { TRACK_IDS } from '../content/constants';
import type { TrackId } from '../content/schema';
import { LEARNER_KEYS, LESSON_STATUSES, type AttemptAnswer, type Fact, type LearnerKey } from './facts';

/**
 * Validates one fact read back from storage, a file or the LMS. Returns null for anything that
 * is not exactly a fact we know how to use; callers keep such records aside instead of crashing.
 * Hand-written guards rather than zod keep the validator out of the learner's bundle.
 */
export function restoreFact(raw: unknown): Fact | null {
  if (!isObj(raw)) return null;
  const { kind, key, at, value } = raw;
  if (typeof key !== 'string' || key.length === 0 || key.length > 200) return null;
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0) return null;
  switch (kind) {
    case 'track':
      return key === 'track' && TRACK_IDS.includes(value as TrackId)
        ? { kind, key, at, value: value as TrackId }
        : null;
    case 'bookmark':
      return key === 'bookmark' && typeof value === 'string' && value.length > 0 ? { kind, key, at, value } : null;
    case 'lesson':
      return isObj(value) && LESSON_STATUSES.includes(value.status as never) && isCount(value.seconds)
        ? { kind, key, at, value: { status: value.status as (typeof LESSON_STATUSES)[number], seconds: value.seconds } }
        : null;
    case 'answer':
      return isObj(value) && isStrings(value.choice) && typeof value.correct === 'boolean' && isCount(value.attempts)
        ? { kind, key, at, value: { choice: value.choice, correct: value.correct, attempts: value.attempts } }
        : null;
    case 'reflection':
      return isObj(value) && typeof value.text === 'string' && value.text.length <= 20000
        ? { kind, key, at, value: { text: value.text } }
        : null;
    case 'checklist':
      return isObj(value) && isStrings(value.checked) ? { kind, key, at, value: { checked: value.checked } } : null;
    case 'attempt':
      return restoreAttempt(key, at, value);
    case 'learner':
      return LEARNER_KEYS.includes(key as LearnerKey) && typeof value === 'string' && value.length <= 200
        ? { kind, key: key as LearnerKey, at, value }
        : null;
    case 'result':
      return isObj(value) &&
        isCount(value.attempt) &&
        isSeed(value.seed) &&
        isCount(value.right) &&
        isCount(value.total) &&
        value.right <= value.total &&
        isCount(value.submittedAt)
        ? {
            kind,
            key,
            at,
            value: {
              attempt: value.attempt,
              seed: value.seed,
              right: value.right,
              total: value.total,
              submittedAt: value.submittedAt,
            },
          }
        : null;
    default:
      return null;
  }
}

/** Attempts hold at most this many answers, each response at most 20 indices (schema limits are lower). */
const MAX_ANSWERS = 200;

function restoreAttempt(key: string, at: number, value: unknown): Fact | null {
  if (!isObj(value) || !isCount(value.number) || !isSeed(value.seed) || typeof value.submitted !== 'boolean')
    return null;
  if (typeof value.bank !== 'string' || value.bank.length > 20) return null;
  if (!Array.isArray(value.answers) || value.answers.length > MAX_ANSWERS) return null;
  const answers: (AttemptAnswer | null)[] = [];
  for (const a of value.answers as unknown[]) {
    if (a === null) answers.push(null);
    else if (
      isObj(a) &&
      isCount(a.seconds) &&
      Array.isArray(a.response) &&
      a.response.length <= 20 &&
      a.response.every((i) => Number.isInteger(i) && (i as number) >= -1 && (i as number) < 100)
    )
      answers.push({ response: [...(a.response as number[])], seconds: a.seconds });
    else return null;
  }
  return {
    kind: 'attempt',
    key,
    at,
    value: { number: value.number, seed: value.seed, bank: value.bank, answers, submitted: value.submitted },
  };
}

function isSeed(x: unknown): x is number {
  return isCount(x) && x <= 0xffffffff;
}
function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}
function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.length <= 100 && x.every((s) => typeof s === 'string' && s.length <= 200);
}
