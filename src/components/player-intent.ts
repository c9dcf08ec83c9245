import type { PlayerEvent } from '../machines/events';

/**
 * What the learner asked for before the player could act on it (the page is drawn from the
 * prerendered HTML and hydrated before the player's chunk and stored progress have arrived).
 * Only the last wish is kept; the app sends it once the player is ready.
 */
let pending: PlayerEvent | null = null;

export function queueIntent(event: PlayerEvent): void {
  pending = event;
}

/** The queued event, if any, removed from the queue so it is sent once. */
export function takeIntent(): PlayerEvent | null {
  const event = pending;
  pending = null;
  return event;
}
