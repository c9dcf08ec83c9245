import { useSyncExternalStore } from 'react';

/**
 * What the service worker told us, as a tiny external store: src/app/pwa.ts writes it, the
 * « Mettre à jour » prompt reads it. Kept out of the player machine, which must stay unaware of
 * how the app itself is delivered.
 */
export interface UpdateState {
  /**
   * Show « prêt hors connexion »: set once when the service worker has just precached every file,
   * cleared when the learner closes the message, set again from the status line's button.
   */
  offlineReady: boolean;
  /** This page runs with every file precached (now or since an earlier visit): the status says so. */
  offlineAvailable: boolean;
  /** Set when a new version is installed and waiting; calling it activates it and reloads. */
  apply: (() => void) | null;
}

let state: UpdateState = { offlineReady: false, offlineAvailable: false, apply: null };
const listeners = new Set<() => void>();

export function setUpdateState(patch: Partial<UpdateState>): void {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(subscribe, () => state);
}
