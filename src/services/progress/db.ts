import { Dexie, type EntityTable, type Table } from 'dexie';

/** One stored fact. `id` is `kind:key`; the compound primary key keeps courses apart. */
export interface FactRecord {
  courseId: string;
  id: string;
  /** The course version that wrote the fact, kept for support; facts are keyed by id, not version. */
  courseVersion: string;
  fact: unknown;
}

/** A record that failed validation, kept aside for support instead of crashing the player. */
export interface QuarantineRecord {
  seq?: number;
  courseId: string;
  at: number;
  reason: string;
  raw: unknown;
}

export type ProgressDb = Dexie & {
  facts: Table<FactRecord, [string, string]>;
  quarantine: EntityTable<QuarantineRecord, 'seq'>;
};

import { DB_NAME } from './db-name';

export { DB_NAME };

/**
 * Versions are append-only history: never edit a released `version(n)`, add `version(n + 1)`
 * with an `.upgrade()` that moves the data.
 */
export function openProgressDb(name = DB_NAME): ProgressDb {
  // 'strict' makes Chromium flush each transaction to disk before it reports success, so the
  // « Enregistré » the learner sees survives a power cut too, not only a crashed browser.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as ProgressDb;
  // Bump DB_VERSION (db-name.ts) with every new version(n), so the bare reader steps aside.
  db.version(1).stores({
    facts: '[courseId+id], courseId',
    quarantine: '++seq, courseId',
  });
  return db;
}
