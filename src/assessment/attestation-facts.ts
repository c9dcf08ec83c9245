import { hashSeed } from '../lib/seeded-random';
import type { ResultValue } from '../progress/facts';

/**
 * The pieces of an attestation that are computed, not typed: the learner's name as an LMS gives
 * it, and a short code that ties the document to one attempt.
 */

/**
 * SCORM gives `cmi.core.student_name` / `cmi.learner_name` as « Nom, Prénom » (SCORM 1.2 RTE
 * 3.4.2.1.3: "Last name, first name"); an attestation reads « Prénom Nom ». Without a comma the
 * name is kept as given; extra spaces go. « Dupont, Marie-Claire » → « Marie-Claire Dupont ».
 */
export function displayName(lmsName: string): string {
  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
  const comma = lmsName.indexOf(',');
  if (comma < 0) return tidy(lmsName);
  const last = tidy(lmsName.slice(0, comma));
  const first = tidy(lmsName.slice(comma + 1).replace(/,/g, ' '));
  return tidy(`${first} ${last}`);
}

/** Crockford's base 32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * An 8-character code « XXXX-XXXX » derived from what the attestation certifies: the course and
 * version, the track, the learner's name, and the attempt (number, seed, score, submission
 * time). Anyone holding the same facts recomputes the same code; another name, score or attempt
 * gives another. 40 bits from two 32-bit hashes: a check against typos and casual edits, not a
 * signature.
 */
export function verificationCode(
  course: { id: string; version: string },
  track: string,
  learner: string,
  r: Pick<ResultValue, 'attempt' | 'seed' | 'right' | 'total' | 'submittedAt'>,
): string {
  const text = [
    course.id,
    course.version,
    track,
    displayName(learner).toLowerCase(),
    r.attempt,
    r.seed,
    r.right,
    r.total,
    r.submittedAt,
  ].join('|');
  const a = hashSeed(text);
  const b = hashSeed(`${text}#2`);
  let bits = BigInt(a) * 256n + BigInt(b & 0xff);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = CROCKFORD[Number(bits % 32n)]! + out;
    bits /= 32n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}
