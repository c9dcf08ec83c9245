import { applyFacts, mergeFact, factId, type Fact, type Progress } from '../../progress/facts';
import { restoreFact } from '../../progress/restore';
import { recordFact } from './valid-record';
import { CourseWatch } from './course-watch';
import { openProgressDb, type FactRecord, type ProgressDb } from './db';
import { StorageError, type ProgressStore } from './port';

/**
 * Progress in IndexedDB. Each fact is its own record and every write merges with what is stored
 * inside one transaction, so two tabs, or a tab and an LMS replay, never overwrite each other.
 */
export class DexieProgressStore implements ProgressStore {
  readonly kind = 'indexeddb';
  private erased = false;
  /** Per course, the facts this page loaded or wrote: what a watch need not send back to it. */
  private readonly held = new Map<string, Progress>();
  private readonly watches = new Set<{ courseId: string; watch: CourseWatch }>();

  constructor(private readonly db: ProgressDb = openProgressDb()) {}

  /** Opens the database now, so an unusable IndexedDB is known before the learner starts. */
  static async open(name?: string): Promise<DexieProgressStore> {
    const db = openProgressDb(name);
    try {
      await db.open();
    } catch (e) {
      throw toStorageError(e);
    }
    return new DexieProgressStore(db);
  }

  async load(courseId: string): Promise<{ facts: Fact[]; corrupt: number }> {
    const records = await this.db.facts.where('courseId').equals(courseId).toArray();
    const facts: Fact[] = [];
    const bad: typeof records = [];
    for (const r of records) {
      const f = recordFact(r);
      if (f) facts.push(f);
      else bad.push(r);
    }
    if (bad.length) await this.quarantine(courseId, bad);
    this.hold(courseId, facts);
    return { facts, corrupt: bad.length };
  }

  async put(courseId: string, courseVersion: string, facts: Fact[]): Promise<void> {
    if (facts.length === 0 || this.erased) return;
    // Before the transaction: Dexie fires `storagemutated` on commit, before this call resumes.
    this.hold(courseId, facts);
    try {
      await this.db.transaction('rw', this.db.facts, async () => {
        const keys = facts.map((f) => [courseId, factId(f)] as [string, string]);
        const current = await this.db.facts.bulkGet(keys);
        const merged = new Map<string, Fact>();
        facts.forEach((f, i) => {
          const id = factId(f);
          const base = merged.get(id) ?? restoreFact(current[i]?.fact) ?? undefined;
          merged.set(id, mergeFact(base, f));
        });
        await this.db.facts.bulkPut([...merged].map(([id, fact]) => ({ courseId, id, courseVersion, fact })));
      });
    } catch (e) {
      throw toStorageError(e);
    }
  }

  /**
   * Facts other tabs (or other connections of this page) commit to the course, through Dexie's
   * own cross-tab `storagemutated` event (see course-watch.ts): first those written before this
   * call that the page does not hold, then each change as it commits, only the facts that add
   * to what the page holds. `known`: facts the page read without this store (the bare first
   * read of lazy-store.ts), added to those this store loaded and wrote.
   */
  watch(courseId: string, onFacts: (facts: Fact[]) => void, known: readonly Fact[] = []): () => void {
    if (this.erased) return () => {};
    const held = Object.values(applyFacts(this.held.get(courseId) ?? {}, known));
    const entry = { courseId, watch: new CourseWatch(this.db, courseId, onFacts, held) };
    this.watches.add(entry);
    return () => {
      entry.watch.close();
      this.watches.delete(entry);
    };
  }

  /** Dexie closes this connection and deletes the database once other tabs let go of it. */
  async erase(): Promise<void> {
    this.erased = true;
    // A watch reading now would open (and so re-create) the database being deleted.
    for (const { watch } of this.watches) watch.close();
    this.watches.clear();
    await this.db.delete();
  }

  private hold(courseId: string, facts: readonly Fact[]) {
    this.held.set(courseId, applyFacts(this.held.get(courseId) ?? {}, facts));
    for (const w of this.watches) if (w.courseId === courseId) w.watch.learn(facts);
  }

  /** Moves unreadable records aside, so they stay available to support and stop being read. */
  private async quarantine(courseId: string, records: { id: string; fact: unknown }[]) {
    try {
      await this.db.transaction('rw', this.db.facts, this.db.quarantine, async () => {
        // Two loads can race (the first read's background load, a caller's own): only what is still there moves.
        const keys = records.map((r) => [courseId, r.id] as [string, string]);
        const still = (await this.db.facts.bulkGet(keys)).filter(
          (r): r is FactRecord => r !== undefined && recordFact(r) === null,
        );
        if (still.length === 0) return;
        await this.db.quarantine.bulkAdd(
          still.map((r) => ({
            courseId,
            at: Date.now(),
            reason: 'invalid fact',
            raw: safeClone({ id: r.id, fact: r.fact }),
          })),
        );
        await this.db.facts.bulkDelete(still.map((r) => [courseId, r.id] as [string, string]));
      });
    } catch {
      // Setting aside is best effort: the bad records are already ignored.
    }
  }
}

function safeClone(x: unknown): unknown {
  try {
    return structuredClone(x);
  } catch {
    return String(x);
  }
}

export function toStorageError(e: unknown): StorageError {
  const name = (e as { name?: string; inner?: { name?: string } })?.inner?.name ?? (e as { name?: string })?.name;
  if (name === 'QuotaExceededError') return new StorageError('quota', 'storage quota exceeded');
  return new StorageError('unavailable', e instanceof Error ? e.message : String(e));
}
