import { create } from 'zustand';

/**
 * What the service worker told us, as a small zustand store (UI chrome, like src/stores/ui.ts):
 * src/app/pwa.ts writes it, the « Mettre à jour » prompt reads it. Kept out of the player
 * machine, which must stay unaware of how the app itself is delivered.
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

const useUpdateStore = create<UpdateState>()(() => ({ offlineReady: false, offlineAvailable: false, apply: null }));

/** Merges `patch` into the update state; callable outside React (the service worker's events). */
export function setUpdateState(patch: Partial<UpdateState>): void {
  useUpdateStore.setState(patch);
}

/** The state now, outside React: the player's `applyUpdate` action calls `apply` through it. */
export function getUpdateState(): UpdateState {
  return useUpdateStore.getState();
}

/** The update state, re-rendering the caller when it changes. */
export function useUpdateState(): UpdateState {
  return useUpdateStore();
}
