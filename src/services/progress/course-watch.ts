import { Dexie, type ObservabilitySet } from 'dexie';
import { applyFacts, isKnown, progressFromFacts, type Fact, type Progress } from '../../progress/facts';
import type { FactRecord, ProgressDb } from './db';
import { mutatedFacts } from './mutated-facts';
import { recordFact } from './valid-record';

/**
 * One page's watch on one course's facts, fed by Dexie's `storagemutated` event (Dexie
 * broadcasts it between the tabs and workers of the origin; see mutated-facts.ts).
 *
 * It reads back only the records an event names, never the course, except once at the start
 * (what other tabs wrote before this page listened) and when Dexie names a range. What it reads
 * goes through `recordFact` (invalid records are dropped) and is forwarded only when it adds to
 * what this page already holds (`known`: what it loaded, wrote and was told), by the same merge
 * the player uses. So this tab's own saves, which fire the event here too, cost one keyed read of
 * the records saved and forward nothing. One read runs at a time; ids named meanwhile wait and
 * go in the next read, so a burst of events costs a few reads, not one each.
 */
export class CourseWatch {
  private known: Progress;
  private readonly pending = new Set<string>();
  /** Starts true: the first read is the catch-up on what was written before we listened. */
  private readAll = true;
  private reading = false;
  private closed = false;
  private readonly listener = (parts: ObservabilitySet) => this.mutated(parts);

  constructor(
    private readonly db: ProgressDb,
    private readonly courseId: string,
    private readonly onFacts: (facts: Fact[]) => void,
    known: readonly Fact[],
  ) {
    this.known = progressFromFacts(known);
    Dexie.on('storagemutated', this.listener);
    this.next();
  }

  /** Facts this page holds from now on (its own writes, before they commit): never sent back. */
  learn(facts: readonly Fact[]): void {
    this.known = applyFacts(this.known, facts);
  }

  /** Stops listening; a read under way delivers nothing. */
  close(): void {
    this.closed = true;
    Dexie.on.storagemutated.unsubscribe(this.listener);
  }

  private mutated(parts: ObservabilitySet) {
    const changed = mutatedFacts(parts, this.db.name, this.courseId);
    if (!changed || this.closed) return;
    if (changed.all) this.readAll = true;
    for (const id of changed.ids) this.pending.add(id);
    this.next();
  }

  private next() {
    if (this.reading || this.closed || (!this.readAll && this.pending.size === 0)) return;
    this.reading = true;
    // The event fires inside the committed transaction's zone: read outside of it.
    void Dexie.ignoreTransaction(() => this.read())
      .catch(() => {
        // A closed or deleted database: the next event (or none) decides; nothing to tell.
      })
      .finally(() => {
        this.reading = false;
        this.next();
      });
  }

  private async read() {
    const all = this.readAll;
    const ids = [...this.pending];
    this.readAll = false;
    this.pending.clear();
    const records: (FactRecord | undefined)[] = all
      ? await this.db.facts.where('courseId').equals(this.courseId).toArray()
      : await this.db.facts.bulkGet(ids.map((id) => [this.courseId, id] as [string, string]));
    if (this.closed) return;
    const fresh: Fact[] = [];
    for (const r of records) {
      const f = r && recordFact(r);
      if (f && !isKnown(this.known, f)) fresh.push(f);
    }
    if (fresh.length === 0) return;
    this.known = applyFacts(this.known, fresh);
    this.onFacts(fresh);
  }
}
