import { factId, type Fact } from '../../progress/facts';
import { restoreFact } from '../../progress/restore';

/** A stored record is usable when it holds a valid fact filed under that fact's own id. */
export function recordFact(r: { id: string; fact: unknown }): Fact | null {
  const f = restoreFact(r.fact);
  return f !== null && factId(f) === r.id ? f : null;
}
