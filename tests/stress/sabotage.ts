/**
 * `--sabotage`: the runner's own control. Injected before any page script, it makes every
 * IndexedDB `put` and `add` a harmless `count()`: transactions still complete, so the app says
 * « Enregistré » while nothing reaches the disk. A runner that then reports no loss is blind.
 * It is a plain string so that it runs in the page as written (no bundler helpers).
 */
export const SABOTAGE_SCRIPT = `(() => {
  if (self.__sabotaged) return;
  self.__sabotaged = true;
  const P = IDBObjectStore.prototype;
  const dropped = function () { return this.count(); };
  P.put = dropped;
  P.add = dropped;
})();`;
