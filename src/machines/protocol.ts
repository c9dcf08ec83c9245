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
}

/** A learner with nothing saved: what the machine loads until the composition root provides a store. */
export const NOTHING_LOADED: LoadedProgress = { facts: [], notices: [], learnerKey: 'local' };

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'memory-only';

/** The platform link: `none` standalone, `ok` in sync, `pending` while the LMS is not answering. */
export type LmsStatus = 'none' | 'ok' | 'pending' | 'finished';

/** Sent to the `journal` actor: persist these facts (resolve only once durable). */
export type JournalCommand = { type: 'journal.write'; facts: Fact[] };

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
  /** Facts learned elsewhere (another tab, the LMS); `keep`: also write them to the journal (the LMS's). */
  | { type: 'remote.facts'; facts: Fact[]; keep?: boolean }
  | { type: 'lms.status'; status: LmsStatus; notice?: Notice };
