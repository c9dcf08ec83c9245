import { DB_NAME, DB_VERSION } from './db-name';

/**
 * Reads a course's stored fact records with the bare IndexedDB API, so the first screen can show
 * « Reprendre » without waiting for Dexie (≈ 30 kB gzip), which loads afterwards for writes.
 * It must match the layout Dexie gives the `facts` table in db.ts: primary key
 * [courseId+id], index `courseId`, at version DB_VERSION. It never creates the database: a first
 * visit reads nothing. A database at another version (written by a newer or older release) gives
 * null: its layout is Dexie's business, and the caller reads it through Dexie instead.
 */
export function readFactRecords(courseId: string, name = DB_NAME): Promise<{ id: string; fact: unknown }[] | null> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined' || !indexedDB) return reject(new Error('IndexedDB is not available'));
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch (e) {
      return reject(e);
    }
    let fresh = false;
    req.onupgradeneeded = () => {
      fresh = true;
      req.transaction?.abort();
    };
    req.onerror = () => (fresh ? resolve([]) : reject(req.error ?? new Error('IndexedDB open failed')));
    req.onblocked = () => reject(new Error('IndexedDB open blocked'));
    req.onsuccess = () => {
      const db = req.result;
      try {
        // Dexie opens IndexedDB at its declared version × 10.
        if (db.version !== DB_VERSION * 10) {
          db.close();
          return resolve(null);
        }
        if (!db.objectStoreNames.contains('facts')) {
          db.close();
          return resolve([]);
        }
        const tx = db.transaction('facts', 'readonly');
        const get = tx.objectStore('facts').index('courseId').getAll(IDBKeyRange.only(courseId));
        get.onsuccess = () => resolve(get.result as { id: string; fact: unknown }[]);
        get.onerror = () => reject(get.error);
        tx.oncomplete = () => db.close();
      } catch (e) {
        db.close();
        reject(e);
      }
    };
  });
}
