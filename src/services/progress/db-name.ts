/** Kept apart from db.ts so the bare reader can name the database without importing Dexie. */
export const DB_NAME = 'alliances-territoires-progress';

/**
 * The latest `version(n)` db.ts declares: the layout the bare reader (idb-read.ts) knows. Dexie
 * opens IndexedDB at n × 10. A test checks that db.ts and this number agree.
 */
export const DB_VERSION = 1;

/**
 * The database of one LMS learner. Inside an LMS, two learners may share one browser profile (a
 * school computer), so each gets a database of their own, named after their LMS learner id
 * (`cmi.core.student_id` / `cmi.learner_id`). The id is hashed (FNV-1a, 2 × 32 bits) so that any
 * characters an LMS uses give a valid, fixed-length name; this is naming, not secrecy.
 * The unscoped DB_NAME belongs to the standalone build and is never opened inside an LMS.
 */
export function learnerDbName(learnerId: string): string {
  return `${DB_NAME}--lms-${fnv1a(learnerId, 0x811c9dc5)}${fnv1a(learnerId, 0x050c5d1f)}`;
}

function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
