import type { Fact, Progress } from '../progress/facts';

/**
 * What the player machine says to and hears from the outside world. The machine knows these
 * shapes only; the composition root supplies actors that speak them (Dexie, SCORM, fakes).
 */

/** Plain-language situations the learner is told about; the UI words them per language. */
export type Notice =
  | 'storage-unavailable'
  | 'storage-quota'
  | 'storage-corrupt'
  | 'course-updated'
  | 'lms-missing'
  | 'lms-pending'
  | 'lms-review'
  | 'assessment-unscorable'
  | 'reflections-local-only'
  /** SCORM 1.2 only: some practice answers do not fit suspend_data and stay on this device. */
  | 'answers-local-only';

export interface LoadedProgress {
  facts: Fact[];
  notices: Notice[];
  /**
   * Who is learning, stable across sessions: the LMS learner id inside an LMS, else a per-device
   * key. Seeds what must look the same to one learner every time (the order of quiz options).
   */
  learnerKey: string;
  /** Facts only the LMS had at launch: the journal writes them to this device (issue 9, item 3). */
  keep: Fact[];
}

/** A learner with nothing saved: what the machine loads until the composition root provides a store. */
export const NOTHING_LOADED: LoadedProgress = { facts: [], notices: [], learnerKey: 'local', keep: [] };

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'memory-only';

/** The platform link: `none` standalone, `ok` in sync, `pending` while the LMS is not answering. */
export type LmsStatus = 'none' | 'ok' | 'pending' | 'finished';

/**
 * Sent to the `journal` actor. `journal.write`: persist these facts (told once durable; `quiet`
 * for facts the learner did not just produce, such as the LMS's memory, which must not make
 * « Enregistré » appear). `journal.learner`: the LMS named the learner (null: it never will), so
 * the journal binds to that learner's own store; `handBack` (named late) returns what this device
 * kept for them as `remote.facts`.
 */
export type JournalCommand =
  | { type: 'journal.write'; facts: Fact[]; quiet?: boolean }
  | { type: 'journal.learner'; learnerId: string | null; handBack?: boolean };

/** Sent to the `lms` actor. `checkpoint` asks for a commit now (lesson done, quiz, tab hidden). */
export type LmsCommand =
  | { type: 'lms.sync'; facts: Fact[]; progress: Progress; checkpoint: boolean }
  /** `leaving`: the learner pressed « Quitter » (not the page going away), so the LMS may take the course away. */
  | { type: 'lms.finish'; progress: Progress; leaving?: boolean };

/** What those actors send back. */
export type ActorReport =
  /** `durable` is false for a store that lives in the page (memory fallback). */
  | { type: 'journal.saved'; count: number; durable: boolean }
  | { type: 'journal.degraded'; notice: Notice }
  /**
   * Facts learned elsewhere (another tab, the LMS, this device's journal of a learner named late);
   * `keep`: also write them to the journal (the LMS's); `sync`: also send them to the LMS (the device's).
   */
  | { type: 'remote.facts'; facts: Fact[]; keep?: boolean; sync?: boolean }
  | { type: 'lms.status'; status: LmsStatus; notice?: Notice }
  /** The LMS session is open (Initialize answered): who the learner is ('' if unnamed), what it remembers. */
  | { type: 'lms.opened'; learnerId: string; facts: Fact[]; notices: Notice[] }
  /** No API after the last look: no learner will be named in this page. */
  | { type: 'lms.absent' };
