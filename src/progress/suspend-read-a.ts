import type { CourseOutline } from '../content/model';
import { TRACK_IDS } from '../content/constants';
import { LESSON_STATUSES, type Fact } from './facts';
import { restoreFact } from './restore';
import { codebook, knownOptions, MAX_SALT, optionsCheck, Reader, REF_LENGTH } from './suspend-codebook';
import type { Decoded } from './suspend-codec';

/**
 * Reads suspend_data of format "A" (the layout is described in suspend-codec.ts). Learners'
 * LMS records keep this text as long as their attempt lives, so this reader stays as it is
 * when a later format is added: tests/fixtures/suspend-format/vectors-A.json pins it.
 * Throws on anything malformed; decodeSuspend turns that into `corrupt`.
 */
const MAX_COUNT = 2000;
/** Format A writes at most 255 tries per answer. */
const MAX_TRIES = 255;

export function readFormatA(outline: CourseOutline, raw: string): Decoded {
  const r = new Reader(raw);
  if (r.char() !== 'A') throw new RangeError('not format A');
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
    const packed = r.int(MAX_TRIES * 2 + 1);
    const check = r.char();
    const mask = r.int(2 ** 30);
    const choice: string[] = [];
    for (let c = r.int(100); c > 0; c--) choice.push(r.text(200));
    // A question gone, or whose known options changed since this was written, cannot be read back.
    const known = q && check === optionsCheck(q) ? knownOptions(q) : null;
    if (!q || !known || mask >= 2 ** known.length) {
      unknown++;
      continue;
    }
    known.forEach((id, i) => {
      if (Math.floor(mask / 2 ** i) % 2 === 1) choice.push(id);
    });
    choice.sort();
    const value = { choice, correct: packed % 2 === 1, attempts: Math.floor(packed / 2) };
    keep({ kind: 'answer', key: q.id, at, value });
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
    const id = book?.reflections.get(short);
    if (!id) unknown++;
    else keep({ kind: 'reflection', key: id, at, value: { text } });
  }

  if (!r.done) throw new RangeError('trailing data');
  const seen = new Set(facts.map((f) => `${f.kind}:${f.key}`));
  if (seen.size !== facts.length) throw new RangeError('duplicate fact');
  return { facts, problem: unknown > 0 ? 'unknown-ids' : null, at };
}
