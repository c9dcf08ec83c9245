/**
 * Which facts of one course a Dexie `storagemutated` event says may have changed.
 *
 * Dexie fires `storagemutated` after every committed write transaction, in this tab and, through
 * its own BroadcastChannel, in every other tab of the origin. Its argument (Dexie's
 * `ObservabilitySet`, see dexie.d.ts) maps parts named `idb://<db>/<table>/<index>` to interval
 * trees (`{ from, to, l, r, d }`) of the keys touched; the part with an empty index name holds
 * the primary keys. Our `facts` table is keyed `[courseId, id]`, so a point `[courseId, id]` names
 * one fact. Dexie records a range instead of points when a batch holds 50 records or more, for
 * deletes by range, and when a database is created; `{ all }` after a page comes back from the
 * back/forward cache. Those can only be answered by reading the whole course (`all: true`).
 *
 * What another tab sends is structured-cloned, so the trees are plain objects, and a hostile page
 * of the same origin could post anything: every node is checked, never trusted.
 */
export interface MutatedFacts {
  /** Fact ids (`kind:key`) of the course whose record was written or deleted. */
  ids: string[];
  /** The course may have changed beyond the listed ids: read it whole. */
  all: boolean;
}

/** Deeper than any balanced tree Dexie builds; a guard against hostile (or cyclic) input. */
const MAX_NODES = 10_000;

/**
 * The facts of `courseId` in database `dbName` that `parts` marks as touched; null when the
 * event concerns neither this database's `facts` table nor everything.
 */
export function mutatedFacts(parts: unknown, dbName: string, courseId: string): MutatedFacts | null {
  if (!isObj(parts)) return null;
  if ('all' in parts) return { ids: [], all: true };
  const tree = parts[`idb://${dbName}/facts/`];
  if (!isObj(tree)) return null;
  const ids = new Set<string>();
  let all = false;
  const stack: unknown[] = [tree];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MAX_NODES) return { ids: [], all: true };
    const node = stack.pop();
    if (!isObj(node)) continue;
    if (isObj(node.l)) stack.push(node.l);
    if (isObj(node.r)) stack.push(node.r);
    // A node without `from` is Dexie's empty set.
    if (!('from' in node)) continue;
    const key = pointKey(node.from, node.to);
    if (key === null) all = true;
    else if (key[0] === courseId) ids.add(key[1]);
  }
  return all || ids.size > 0 ? { ids: [...ids], all } : null;
}

/** `[courseId, id]` when the node is one primary key of the facts table; null for a range. */
function pointKey(from: unknown, to: unknown): [string, string] | null {
  if (!Array.isArray(from) || !Array.isArray(to) || from.length !== 2 || to.length !== 2) return null;
  const [course, id] = from as unknown[];
  if (typeof course !== 'string' || typeof id !== 'string') return null;
  return to[0] === course && to[1] === id ? [course, id] : null;
}

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}
