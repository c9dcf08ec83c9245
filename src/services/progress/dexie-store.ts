import { mergeFact, factId, type Fact } from '../../progress/facts';
import { restoreFact } from '../../progress/restore';
import { recordFact } from './valid-record';
import { openProgressDb, type FactRecord, type ProgressDb } from './db';
import { StorageError, type ProgressStore } from './port';

/**
 * Progress in IndexedDB. Each fact is its own record and every write merges with what is stored
 * inside one transaction, so two tabs, or a tab and an LMS replay, never overwrite each other.
 */
export class DexieProgressStore implements ProgressStore {
  readonly kind = 'indexeddb';
  private readonly channel: BroadcastChannel | null;
  private erased = false;

  constructor(private readonly db: ProgressDb = openProgressDb()) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${db.name}:facts`) : null;
  }

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
    return { facts, corrupt: bad.length };
  }

  async put(courseId: string, courseVersion: string, facts: Fact[]): Promise<void> {
    if (facts.length === 0 || this.erased) return;
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
    this.channel?.postMessage({ courseId, facts });
  }

  watch(courseId: string, onFacts: (facts: Fact[]) => void): () => void {
    if (!this.channel) return () => {};
    const listener = (e: MessageEvent) => {
      const data = e.data as { courseId?: unknown; facts?: unknown };
      if (data?.courseId !== courseId || !Array.isArray(data.facts)) return;
      const facts = data.facts.map(restoreFact).filter((f): f is Fact => f !== null);
      if (facts.length) onFacts(facts);
    };
    this.channel.addEventListener('message', listener);
    return () => this.channel?.removeEventListener('message', listener);
  }

  /** Dexie closes this connection and deletes the database once other tabs let go of it. */
  async erase(): Promise<void> {
    this.erased = true;
    this.channel?.close();
    await this.db.delete();
  }

  /** Moves unreadable records aside, so they stay available to support and stop being read. */
  private async quarantine(courseId: string, records: { id: string; fact: unknown }[]) {
    try {
      await this.db.transaction('rw', this.db.facts, this.db.quarantine, async () => {
        // Two loads can race (first read, cross-tab catch-up): only what is still there moves.
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
