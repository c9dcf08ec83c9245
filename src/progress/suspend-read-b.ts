import type { CourseOutline } from '../content/model';
import { TRACK_IDS } from '../content/constants';
import { LESSON_STATUSES, type AttemptAnswer, type Fact } from './facts';
import { restoreFact } from './restore';
import { codebook, MAX_SALT, Reader, REF_LENGTH } from './suspend-codebook';
import type { Decoded } from './suspend-codec';
import { allOptions, allOptionsCheck, MAX_ANSWER_SECONDS, MAX_ATTEMPTS } from './suspend-entries';

/**
 * Reads suspend_data of format "B" (the layout is described in suspend-codec.ts, the entries in
 * suspend-entries.ts). Once packages that write B are out, learners' LMS records keep this text
 * as long as their attempt lives: tests/fixtures/suspend-format/vectors-B.json pins it, and a
 * later format adds its own reader beside this one. Throws on anything malformed; decodeSuspend
 * turns that into `corrupt`.
 */
const MAX_COUNT = 2000;
const MAX_SEED = 2 ** 32 - 1;

export function readFormatB(outline: CourseOutline, raw: string): Decoded {
  const r = new Reader(raw);
  if (r.char() !== 'B') throw new RangeError('not format B');
  const trackIndex = r.int(TRACK_IDS.length);
  const salt = r.int(MAX_SALT);
  const at = r.int(2 ** 35) * 1000;
  const book = codebook(outline, salt);
  const facts: Fact[] = [];
  let unknown = 0;
  const keep = (f: Fact | null) => {
    const ok = restoreFact(f);
    if (!ok) throw new RangeError('invalid fact');
    facts.push(ok);
  };
  if (trackIndex > 0) keep({ kind: 'track', key: 'track', at, value: TRACK_IDS[trackIndex - 1]! });

  for (let n = r.int(MAX_COUNT); n > 0; n--) {
    const lesson = book?.lessons.get(r.take(REF_LENGTH));
    const packed = r.int(2 ** 20);
    const status = LESSON_STATUSES[packed % LESSON_STATUSES.length];
    if (!status) throw new RangeError('status');
    if (!lesson) unknown++;
    else
      keep({
        kind: 'lesson',
        key: lesson.id,
        at,
        value: { status, seconds: Math.floor(packed / LESSON_STATUSES.length) },
      });
  }

  for (let n = r.int(MAX_COUNT); n > 0; n--) {
    const q = book?.questions.get(r.take(REF_LENGTH));
    const packed = r.int(MAX_ATTEMPTS * 2 + 1);
    const check = r.char();
    const mask = r.int(2 ** 30);
    // A question gone, or whose options changed since this was written, cannot be read back.
    const options = q && check === allOptionsCheck(q) ? allOptions(q) : null;
    if (!q || !options || mask >= 2 ** options.length) {
      unknown++;
      continue;
    }
    const choice = options.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1);
    const value = { choice, correct: packed % 2 === 1, attempts: Math.floor(packed / 2) };
    keep({ kind: 'answer', key: q.id, at, value });
  }

  const flags = r.int(3);
  const id = outline.assessment?.id;
  if (flags & 1) {
    const packed = r.int(MAX_ATTEMPTS * 2 + 1);
    const seed = r.int(MAX_SEED);
    const bank = r.text(20);
    const answers: (AttemptAnswer | null)[] = [];
    for (let n = r.int(200); n > 0; n--) {
      const length = r.int(21);
      if (length === 0) {
        answers.push(null);
        continue;
      }
      const response: number[] = [];
      for (let k = length - 1; k > 0; k--) response.push(r.int(100) - 1);
      answers.push({ response, seconds: r.int(MAX_ANSWER_SECONDS) });
    }
    const value = { number: Math.floor(packed / 2), seed, bank, answers, submitted: packed % 2 === 1 };
    if (id) keep({ kind: 'attempt', key: id, at, value });
    else unknown++;
  }
  if (flags & 2) {
    const attempt = r.int(MAX_ATTEMPTS);
    const seed = r.int(MAX_SEED);
    const right = r.int(200);
    const total = r.int(200);
    const submittedAt = r.int(2 ** 35) * 1000;
    if (id) keep({ kind: 'result', key: id, at, value: { attempt, seed, right, total, submittedAt } });
    else unknown++;
  }

  for (let n = r.int(MAX_COUNT); n > 0; n--) {
    const key = r.text(200);
    const checked: string[] = [];
    for (let c = r.int(100); c > 0; c--) checked.push(r.text(200));
    keep({ kind: 'checklist', key, at, value: { checked } });
  }

  for (let n = r.int(MAX_COUNT); n > 0; n--) {
    const short = r.take(REF_LENGTH);
    const text = r.text();
    const reflection = book?.reflections.get(short);
    if (!reflection) unknown++;
    else keep({ kind: 'reflection', key: reflection, at, value: { text } });
  }

  if (!r.done) throw new RangeError('trailing data');
  const seen = new Set(facts.map((f) => `${f.kind}:${f.key}`));
  if (seen.size !== facts.length) throw new RangeError('duplicate fact');
  return { facts, problem: unknown > 0 ? 'unknown-ids' : null, at };
}
