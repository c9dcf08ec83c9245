import { factId, mergeFact, type Fact } from '../../progress/facts';
import { recordFact } from './valid-record';
import type { DexieProgressStore } from './dexie-store';
import { DB_NAME } from './db-name';
import { readFactRecords } from './idb-read';
import type { ProgressStore } from './port';
import { dropAllUnsaved, dropUnsaved, holdUnsaved, readUnsaved } from './unsaved-facts';

/** The `courseVersion` recorded with facts recovered from a closing page (kept for support only). */
const RECOVERED_VERSION = 'recovered-on-load';

/**
 * The IndexedDB store as the app uses it: the first read goes through the bare reader and Dexie
 * is fetched in the background, then serves every write, the cross-tab watch and the
 * quarantine of unreadable records.
 */
export class LazyIndexedDbStore implements ProgressStore {
  readonly kind = 'indexeddb';
  private opened: Promise<DexieProgressStore> | null = null;
  private erased = false;
  /** Per course, what the bare first read gave the page: the watch need not send it again. */
  private readonly firstRead = new Map<string, Fact[]>();

  private constructor(private readonly name: string) {}

  /**
   * The learner's database (`DB_NAME` standalone, `learnerDbName(id)` inside an LMS). Fails when
   * IndexedDB cannot be used at all; other faults surface on the first write.
   */
  static async open(name: string = DB_NAME): Promise<LazyIndexedDbStore> {
    if (typeof indexedDB === 'undefined' || !indexedDB) throw new Error('IndexedDB is not available');
    return new LazyIndexedDbStore(name);
  }

  private get dexie(): Promise<DexieProgressStore> {
    this.opened ??= import('./dexie-store').then((m) => m.DexieProgressStore.open(this.name));
    return this.opened;
  }

  async load(courseId: string): Promise<{ facts: Fact[]; corrupt: number }> {
    const records = await readFactRecords(courseId, this.name);
    // A layout the bare reader does not know: Dexie reads (and upgrades) it.
    if (records === null) return (await this.dexie).load(courseId);
    const facts: Fact[] = [];
    let corrupt = 0;
    for (const r of records) {
      const f = recordFact(r);
      if (f) facts.push(f);
      else corrupt += 1;
    }
    // Dexie's own load moves the bad records aside; the facts it returns are the same.
    if (corrupt) void this.dexie.then((d) => d.load(courseId)).catch(() => {});
    const loaded = this.withUnsaved(courseId, facts);
    this.firstRead.set(courseId, loaded);
    return { facts: loaded, corrupt };
  }

  /**
   * Folds in the facts a closing page held in `localStorage` (see `unsaved-facts.ts`), and
   * writes them to IndexedDB; the held copies go once that write is durable.
   */
  private withUnsaved(courseId: string, stored: Fact[]): Fact[] {
    const held = readUnsaved(this.name, courseId);
    if (held.keys.length === 0) return stored;
    if (held.facts.length) {
      void this.dexie
        .then((d) => d.put(courseId, RECOVERED_VERSION, held.facts))
        .then(() => dropUnsaved(held.keys))
        .catch(() => {});
    } else dropUnsaved(held.keys);
    const merged = new Map(stored.map((f) => [factId(f), f]));
    for (const f of held.facts) merged.set(factId(f), mergeFact(merged.get(factId(f)), f));
    return [...merged.values()];
  }

  async put(courseId: string, courseVersion: string, facts: Fact[]): Promise<void> {
    if (this.erased) return;
    // Held synchronously first: a page closing now may never see the transaction's callbacks.
    const release = holdUnsaved(this.name, courseId, facts);
    await (await this.dexie).put(courseId, courseVersion, facts);
    release();
  }

  /** Through Dexie when it is open (it must close first); otherwise with the bare API, sparing its chunk. */
  async erase(): Promise<void> {
    this.erased = true;
    // The copies held for a closing page are this learner's progress too (see unsaved-facts.ts).
    dropAllUnsaved(this.name);
    if (this.opened) return (await this.opened).erase();
    await new Promise<void>((done, fail) => {
      const request = indexedDB.deleteDatabase(this.name);
      request.onsuccess = () => done();
      request.onerror = () => fail(request.error ?? new Error(`could not delete ${this.name}`));
    });
  }

  watch(courseId: string, onFacts: (facts: Fact[]) => void): () => void {
    let stop: (() => void) | null = null;
    let cancelled = false;
    // Listening to other tabs can wait until the first screen is up.
    // The watch starts with one read of what other tabs wrote since the first read, before Dexie
    // (and so its cross-tab event) was loaded here; it sends only what this page lacks.
    const start = () =>
      void this.dexie
        .then((d) => {
          if (!cancelled) stop = d.watch(courseId, onFacts, this.firstRead.get(courseId));
        })
        .catch(() => {});
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1500 });
    else setTimeout(start, 0);
    return () => {
      cancelled = true;
      stop?.();
    };
  }
}
