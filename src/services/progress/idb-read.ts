import { DB_NAME } from './db-name';

/**
 * Reads a course's stored fact records with the bare IndexedDB API, so the first screen can show
 * « Reprendre » without waiting for Dexie (≈ 30 kB gzip), which loads afterwards for writes.
 * It must match the layout Dexie gives the `facts` table in db.ts: primary key
 * [courseId+id], index `courseId`. It never creates the database: a first visit reads nothing.
 */
export function readFactRecords(courseId: string, name = DB_NAME): Promise<{ id: string; fact: unknown }[]> {
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
