import type { SnapshotFrom } from 'xstate';
import type { createPlayerMachine } from '../machines/player.machine';

export type Screen = 'loading' | 'failed' | 'home' | 'lesson' | 'map' | 'complete' | 'closed';

/** Which screen a machine state shows. */
export function screenOf(s: SnapshotFrom<ReturnType<typeof createPlayerMachine>>): Screen {
  if (s.matches('loading')) return 'loading';
  if (s.matches('failed')) return 'failed';
  if (s.matches({ ready: { nav: { learning: 'lesson' } } })) return 'lesson';
  if (s.matches({ ready: { nav: { learning: 'map' } } })) return 'map';
  if (s.matches({ ready: { nav: 'trackComplete' } })) return 'complete';
  if (s.matches({ ready: { nav: 'closed' } })) return 'closed';
  return 'home';
}
