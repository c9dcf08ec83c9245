import type { Fact } from '../../progress/facts';
import { StorageError, type ProgressStore } from './port';

/**
 * The journal of a learner not known yet: inside an LMS, the learner id (and so the learner's own
 * database) is known only once the API answers Initialize, at launch or late. Until then writes wait
 * (the save status stays « saving », which is true); `bind` hands them to the learner's store,
 * `fail` turns them into a storage fault, so the facts stay in the page and the learner is told.
 * Nothing is ever written where the next learner of this browser could read it.
 */
export class PendingLearnerStore implements ProgressStore {
  /** The bound store's: a learner the LMS does not name gets memory, which is never « Enregistré ». */
  get kind(): ProgressStore['kind'] {
    return this.bound?.kind ?? 'indexeddb';
  }
  private readonly ready: Promise<ProgressStore>;
  private settle!: { bind: (s: ProgressStore) => void; fail: (e: Error) => void };
  private bound: ProgressStore | null = null;
  private erased = false;

  constructor() {
    this.ready = new Promise<ProgressStore>((bind, fail) => (this.settle = { bind, fail }));
    // A give-up with no write waiting must not surface as an unhandled rejection.
    this.ready.catch(() => {});
  }

  /** The learner is known: their store takes every waiting and later write. */
  bind(store: ProgressStore): void {
    this.bound = store;
    if (this.erased) void store.erase();
    this.settle.bind(store);
  }

  /** No learner will be known in this page: waiting and later writes fail as « unavailable ». */
  fail(): void {
    this.settle.fail(new StorageError('no-learner', 'the LMS learner is unknown: nothing is kept on this device'));
  }

  /**
   * The bound learner's facts. Waits for `bind`: the player reads only once the LMS has named the
   * learner (a learner named late gets theirs through the journal); nothing after `fail`.
   */
  async load(courseId: string): Promise<{ facts: Fact[]; corrupt: number }> {
    const store = await this.ready.catch(() => null);
    return store ? store.load(courseId) : { facts: [], corrupt: 0 };
  }

  /**
   * Bound: handed over in the same tick, so a write from `pagehide` reaches the learner's store
   * (and its synchronous held copy, unsaved-facts.ts) before the page is gone. Unbound: waits.
   */
  put(courseId: string, courseVersion: string, facts: Fact[]): Promise<void> {
    if (this.bound) return this.bound.put(courseId, courseVersion, facts);
    return this.ready.then((store) => store.put(courseId, courseVersion, facts));
  }

  /** A learner never identified has nothing on this device; a bound one erases their own store. */
  async erase(): Promise<void> {
    this.erased = true;
    await this.bound?.erase();
  }

  watch(courseId: string, onFacts: (facts: Fact[]) => void): () => void {
    let stop: (() => void) | null = null;
    let cancelled = false;
    this.ready.then(
      (s) => {
        if (!cancelled) stop = s.watch(courseId, onFacts);
      },
      () => {},
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }
}
