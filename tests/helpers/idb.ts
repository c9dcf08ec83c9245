import type { Page } from 'playwright-core';
import { DB_NAME } from '../../src/services/progress/db';

export interface StoredRecord {
  courseId: string;
  id: string;
  courseVersion?: string;
  fact: unknown;
}

/**
 * Reads a table of the progress database with the raw IndexedDB API, not through the app: the
 * test checks what is really on disk, whatever the app believes.
 */
export function readTable(page: Page, table: 'facts' | 'quarantine'): Promise<StoredRecord[]> {
  return page.evaluate(
    ([name, store]) =>
      new Promise<StoredRecord[]>((ok, fail) => {
        const req = indexedDB.open(name);
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return ok([]);
          }
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            db.close();
            ok(all.result as StoredRecord[]);
          };
        };
      }),
    [DB_NAME, table] as const,
  );
}

/** Writes raw records into the facts table, bypassing every check the app makes. */
export function writeRawFacts(page: Page, records: unknown[]): Promise<void> {
  return page.evaluate(
    ([name, recs]) =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open(name);
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('facts', 'readwrite');
          for (const r of recs) tx.objectStore('facts').put(r);
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [DB_NAME, records] as const,
  );
}
