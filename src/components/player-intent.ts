import { useSyncExternalStore } from 'react';
import type { PlayerEvent } from '../machines/events';

/**
 * What the learner asked for before the player could act on it (the page is drawn from the
 * prerendered HTML and hydrated before the player's chunk and stored progress have arrived).
 * Only the last wish is kept; the app sends it once the player is ready. Meanwhile the page
 * shows the loading line, so the click visibly did something.
 */
let pending: PlayerEvent | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function queueIntent(event: PlayerEvent): void {
  pending = event;
  notify();
}

/** The queued event, if any, removed from the queue so it is sent once. */
export function takeIntent(): PlayerEvent | null {
  const event = pending;
  pending = null;
  if (event) notify();
  return event;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while a wish waits for the player (never in the prerendered page). */
export function useIntentPending(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => pending !== null,
    () => false,
  );
}
