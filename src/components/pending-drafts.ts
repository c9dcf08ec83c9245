/**
 * Inputs that save lazily (a reflection saves after a pause in typing) register their pending
 * draft here, and the session lifecycle flushes them all before the page goes away or hides, so
 * text typed just before closing the tab reaches the journal and the LMS commit (issue 8, item 1).
 * Any future lazily saved input must register the same way.
 */
type Flush = () => void;
const pending = new Set<Flush>();

/** Registers a draft's flush; returns the unregister. The flush must be synchronous and idempotent. */
export function registerDraft(flush: Flush): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

/** Saves every pending draft now. Called on `pagehide` and `visibilitychange: hidden`. */
export function flushDrafts(): void {
  for (const flush of [...pending]) flush();
}
