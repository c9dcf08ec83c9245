import type { Fact } from '../../progress/facts';

/**
 * Where progress facts live on this device. `put` resolves only once the facts are durable
 * (committed to IndexedDB), which is what lets the UI say « Enregistré » truthfully.
 */
export interface ProgressStore {
  readonly kind: 'indexeddb' | 'memory';
  /** Every valid fact of the course; invalid records are set aside, reported in `corrupt`. */
  load(courseId: string): Promise<{ facts: Fact[]; corrupt: number }>;
  /** Merges the facts with what is stored (per fact) and resolves once durable. */
  put(courseId: string, courseVersion: string, facts: Fact[]): Promise<void>;
  /** Facts written by another tab of the same browser; returns an unsubscribe. */
  watch(courseId: string, onFacts: (facts: Fact[]) => void): () => void;
  /**
   * « Effacer ma progression sur cet appareil »: deletes this store's whole database (every
   * course's facts, the quarantine too) and resolves once it is gone. The store is spent
   * afterwards: later writes are dropped, so the flush of a page that reloads right after cannot
   * bring a fact back. An LMS learner's store holds only the local copy; the LMS keeps its own.
   */
  erase(): Promise<void>;
}

export class StorageError extends Error {
  constructor(
    /** `no-learner`: inside an LMS that never said who the learner is, nothing may be kept here. */
    readonly reason: 'unavailable' | 'quota' | 'no-learner',
    message: string,
  ) {
    super(message);
  }
}
