import { useSyncExternalStore } from 'react';

/**
 * What the service worker told us, as a tiny external store: src/app/pwa.ts writes it, the
 * « Mettre à jour » prompt reads it. Kept out of the player machine, which must stay unaware of
 * how the app itself is delivered.
 */
export interface UpdateState {
  /** Every file is precached: the course now opens with no network. */
  offlineReady: boolean;
  /** Set when a new version is installed and waiting; calling it activates it and reloads. */
  apply: (() => void) | null;
}

let state: UpdateState = { offlineReady: false, apply: null };
const listeners = new Set<() => void>();

export function setUpdateState(patch: Partial<UpdateState>): void {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}

/** The state now, outside React: the player's `applyUpdate` action calls `apply` through it. */
export function getUpdateState(): UpdateState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateState(): UpdateState {
  return useSyncExternalStore(subscribe, () => state);
}
