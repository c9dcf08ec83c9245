import { DexieProgressStore } from '../../src/services/progress/dexie-store';
import type { Fact } from '../../src/progress/facts';

/**
 * Bundled for the browser by bench.ts: times one progress write (one fact, merged in one
 * IndexedDB transaction, resolved once durable) the way the journal performs it.
 */
async function run(n: number): Promise<number[]> {
  const store = await DexieProgressStore.open(`bench-${Date.now()}`);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const fact: Fact = {
      kind: 'answer',
      key: `q${i % 40}`,
      at: Date.now(),
      value: { choice: ['a'], correct: true, attempts: i },
    };
    const t0 = performance.now();
    await store.put('bench', '1.0.0', [fact]);
    times.push(performance.now() - t0);
  }
  return times;
}

(window as unknown as { benchWrites: typeof run }).benchWrites = run;
