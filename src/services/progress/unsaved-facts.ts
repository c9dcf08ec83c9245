import { factId, mergeFact, type Fact } from '../../progress/facts';
import { restoreFact } from '../../progress/restore';

/**
 * Facts handed to IndexedDB but not yet committed, mirrored synchronously in `localStorage`.
 *
 * Why: a write sent from `pagehide` opens its transaction at once, but its merge reads the stored
 * fact before writing, and a closing page stops running callbacks between the two: on a busy
 * machine the text typed just before closing the tab never reached the database (issue 8, item 1,
 * seen failing under load). `localStorage.setItem` is synchronous and kept by the browser process,
 * so the facts survive; the next load of the same learner's database folds them back in.
 *
 * Keys are `<database name>:unsaved:<course id>:<write id>`: the database name is already scoped
 * to the learner (`learnerDbName`), so one learner never reads another's unsaved facts. Values are
 * JSON arrays of facts, validated with `restoreFact` when read back; anything else is dropped.
 * Storage that refuses (quota, disabled) makes this a no-op: IndexedDB stays the record.
 */

let writes = 0;

function prefix(dbName: string, courseId: string): string {
  return `${dbName}:unsaved:${courseId}:`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some browsers throw on access when storage is disabled.
  }
}

/**
 * Keeps `facts` until the returned `release` is called (after IndexedDB committed them).
 * Synchronous, so it completes inside a `pagehide` handler.
 */
export function holdUnsaved(dbName: string, courseId: string, facts: readonly Fact[]): () => void {
  const ls = storage();
  if (!ls || facts.length === 0) return () => {};
  const key = `${prefix(dbName, courseId)}${Date.now().toString(36)}-${++writes}-${Math.random().toString(36).slice(2, 8)}`;
  try {
    ls.setItem(key, JSON.stringify(facts));
  } catch {
    return () => {};
  }
  return () => {
    try {
      ls.removeItem(key);
    } catch {
      // Nothing to do: a leftover copy is merged again, harmlessly, at the next load.
    }
  };
}

/**
 * Every unsaved fact held for this learner's database and course, merged per fact id, with the
 * keys that held them (to `dropUnsaved` once IndexedDB has them). Invalid entries are dropped.
 */
export function readUnsaved(dbName: string, courseId: string): { facts: Fact[]; keys: string[] } {
  const ls = storage();
  if (!ls) return { facts: [], keys: [] };
  const start = prefix(dbName, courseId);
  const keys: string[] = [];
  const merged = new Map<string, Fact>();
  try {
    for (let i = 0; i < ls.length; i++) {
      const key = ls.key(i);
      if (key?.startsWith(start)) keys.push(key);
    }
    for (const key of keys) {
      for (const raw of parseArray(ls.getItem(key))) {
        const f = restoreFact(raw);
        if (f) merged.set(factId(f), mergeFact(merged.get(factId(f)), f));
      }
    }
  } catch {
    return { facts: [], keys: [] };
  }
  return { facts: [...merged.values()], keys };
}

/** Forgets the given held copies (their facts are now in IndexedDB). */
export function dropUnsaved(keys: readonly string[]): void {
  const ls = storage();
  if (!ls) return;
  for (const key of keys) {
    try {
      ls.removeItem(key);
    } catch {
      // A leftover copy is merged again, harmlessly, at the next load.
    }
  }
}

/**
 * Forgets every held copy of one learner's database, whatever the course: « Effacer ma
 * progression » erases them with the database. Keys of other learners (other database names)
 * stay. A no-op when storage is unavailable.
 */
export function dropAllUnsaved(dbName: string): void {
  const ls = storage();
  if (!ls) return;
  const start = `${dbName}:unsaved:`;
  try {
    const keys: string[] = [];
    for (let i = 0; i < ls.length; i++) {
      const key = ls.key(i);
      if (key?.startsWith(start)) keys.push(key);
    }
    dropUnsaved(keys);
  } catch {
    // Storage refused to list its keys: there is nothing this page can erase there.
  }
}

function parseArray(text: string | null): unknown[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.slice(0, 5000) : [];
  } catch {
    return [];
  }
}
