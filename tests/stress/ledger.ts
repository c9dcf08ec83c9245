import { restoreFact } from '../../src/progress/restore';
import type { Fact } from '../../src/progress/facts';

/**
 * What the runner did and what the app acknowledged. Each fact key keeps the values the runner
 * attempted, in order; once a value is acknowledged, the restored fact must hold that value or
 * one attempted after it (a later, unacknowledged write may legitimately have landed too).
 */
export type Expected =
  | { kind: 'track'; value: string }
  | { kind: 'bookmark'; value: string }
  | { kind: 'lesson'; value: 'visited' | 'completed' }
  | { kind: 'answer'; value: { choice: string[]; submits: number } }
  | { kind: 'reflection'; value: string };

interface Entry {
  attempts: Expected[];
  acked: number; // index of the acknowledged attempt, -1 if none
}

const RANK = { visited: 0, viewed: 1, completed: 2 } as const;

export class Ledger {
  private readonly entries = new Map<string, Entry>();

  attempt(key: string, e: Expected): void {
    const entry = this.entries.get(key) ?? { attempts: [], acked: -1 };
    entry.attempts.push(e);
    this.entries.set(key, entry);
  }

  /** « Enregistré » with every effect on screen: all but reflections attempted so far are durable. */
  ackAllButReflections(): void {
    for (const [key, e] of this.entries) if (!key.startsWith('reflection:')) e.acked = e.attempts.length - 1;
  }

  /** « Enregistré dans votre journal » next to a field showing `text`. */
  ackReflection(id: string, text: string): void {
    const e = this.entries.get(`reflection:${id}`);
    if (!e) return;
    for (let i = e.attempts.length - 1; i > e.acked; i--)
      if (e.attempts[i]!.value === text) {
        e.acked = i;
        return;
      }
  }

  ackedCount(): number {
    return [...this.entries.values()].filter((e) => e.acked >= 0).length;
  }

  ackedKeys(): string[] {
    return [...this.entries].filter(([, e]) => e.acked >= 0).map(([k]) => k);
  }

  /**
   * Acknowledged values a restored fact may hold, for one key. A lesson's status only grows, so
   * what must hold is the highest status acknowledged so far, not the latest visit: once a
   * completed lesson is revisited, a disk holding only "visited" has lost the completion.
   */
  acceptable(key: string): Expected[] {
    const e = this.entries.get(key);
    if (!e || e.acked < 0) return [];
    const later = e.attempts.slice(e.acked);
    if (later[0]!.kind !== 'lesson') return later;
    const acked = e.attempts.slice(0, e.acked + 1) as Extract<Expected, { kind: 'lesson' }>[];
    const highest = acked.reduce((a, b) => (RANK[b.value] > RANK[a.value] ? b : a));
    return [highest, ...later];
  }

  /** The acknowledged keys whose restored fact is missing or holds a value never acknowledged or attempted after. */
  lost(restored: Map<string, Fact>): string[] {
    return this.ackedKeys().filter((key) => !satisfies(restored.get(key), this.acceptable(key)));
  }
}

export function satisfies(fact: Fact | undefined, ok: Expected[]): boolean {
  if (!fact) return false;
  const first = ok[0]!;
  switch (fact.kind) {
    case 'lesson':
      // Lesson facts only grow: what was acknowledged, or more.
      return first.kind === 'lesson' && RANK[fact.value.status] >= RANK[first.value];
    case 'answer':
      return ok.some(
        (e) =>
          e.kind === 'answer' &&
          same(e.value.choice, fact.value.choice) &&
          fact.value.attempts >= (first.value as { submits: number }).submits,
      );
    case 'reflection':
      return ok.some((e) => e.kind === 'reflection' && e.value === fact.value.text);
    case 'track':
    case 'bookmark':
      return ok.some((e) => e.kind === fact.kind && e.value === fact.value);
    default:
      return false;
  }
}

const same = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** Stored records → valid facts by key (invalid ones count as absent). */
export function factsByKey(records: { id: string; fact: unknown }[]): Map<string, Fact> {
  const out = new Map<string, Fact>();
  for (const r of records) {
    const f = restoreFact(r.fact);
    if (f && `${f.kind}:${f.key}` === r.id) out.set(r.id, f);
  }
  return out;
}
