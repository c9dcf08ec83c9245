import { liveQuery } from 'dexie';
import { applyFacts, isKnown, type Fact, type Progress } from '../../src/progress/facts';
import { restoreFact } from '../../src/progress/restore';
import { openProgressDb } from '../../src/services/progress/db';
import { DexieProgressStore } from '../../src/services/progress/dexie-store';
import { recordFact } from '../../src/services/progress/valid-record';

/**
 * Bundled for the browser by bench.ts and loaded in two tabs of one context: the time from a
 * put in tab A to the fact reaching `onFacts` in tab B, on a course of `size` facts, for three
 * ways of hearing other tabs:
 * - `storagemutated`: the store's watch (Dexie's event, keyed read of the changed records);
 * - `channel`: the hand-made BroadcastChannel carrying the facts, as before issue 9 item 6
 *   (kept here, for the bench only);
 * - `liveQuery`: Dexie's liveQuery over the whole course, diffed against what B holds: the
 *   simplest use of Dexie's observability, which re-reads the course on every change.
 * Times are `performance.timeOrigin + performance.now()`, comparable between the two tabs.
 */
type Mode = 'storagemutated' | 'channel' | 'liveQuery';
const C = 'bench-course';
const now = () => performance.timeOrigin + performance.now();
const answer = (key: string, at: number): Fact => ({
  kind: 'answer',
  key,
  at,
  value: { choice: ['a'], correct: true, attempts: 1 },
});

let store: DexieProgressStore | null = null;
let channel: BroadcastChannel | null = null;
const arrived = new Map<string, number>();
let stop: () => void = () => {};

/** Tab A: opens the database and writes the course's `size` facts. */
async function seed(name: string, size: number): Promise<void> {
  store = await DexieProgressStore.open(name);
  await store.put(
    C,
    '1.0.0',
    Array.from({ length: size }, (_, i) => answer(`seed-${i}`, 1)),
  );
}

/** Tab B: loads the course as the player does, then listens the `mode` way. */
async function listen(name: string, mode: Mode): Promise<void> {
  stop();
  store ??= await DexieProgressStore.open(name);
  const { facts } = await store.load(C);
  const heard = (fs: Fact[]) => fs.forEach((f) => arrived.set(f.key, now()));
  if (mode === 'storagemutated') stop = store.watch(C, heard);
  else if (mode === 'channel') {
    const channel = new BroadcastChannel(`${name}:facts`);
    channel.onmessage = (e: MessageEvent<{ facts: unknown[] }>) =>
      heard(e.data.facts.map(restoreFact).filter((f): f is Fact => f !== null));
    stop = () => channel.close();
  } else {
    const db = openProgressDb(name);
    let held: Progress = applyFacts({}, facts);
    const sub = liveQuery(() => db.facts.where('courseId').equals(C).toArray()).subscribe((records) => {
      const fresh = records.map(recordFact).filter((f): f is Fact => f !== null && !isKnown(held, f));
      held = applyFacts(held, fresh);
      heard(fresh);
    });
    stop = () => (sub.unsubscribe(), db.close());
  }
}

/** Tab A: writes one fact (announcing it on the hand-made channel in `channel` mode); its start time. */
async function put(name: string, key: string, mode: Mode): Promise<number> {
  const fact = answer(key, Date.now());
  const t0 = now();
  await store!.put(C, '1.0.0', [fact]);
  if (mode === 'channel') {
    channel ??= new BroadcastChannel(`${name}:facts`);
    channel.postMessage({ courseId: C, facts: [fact] });
  }
  return t0;
}

/** Tab B: when the fact `key` reached it (waits for it, 5 s at most). */
async function arrival(key: string): Promise<number> {
  const deadline = now() + 5000;
  while (!arrived.has(key) && now() < deadline) await new Promise((r) => setTimeout(r, 1));
  return arrived.get(key) ?? Number.NaN;
}

Object.assign(window, { crossTab: { seed, listen, put, arrival } });
