import { createActorContext } from '@xstate/react';
import { createPlayerMachine } from '../machines/player.machine';

/** React access to the one player actor; the composition root passes the provided machine. */
export const Player = createActorContext(createPlayerMachine(Date.now));
export const usePlayer = Player.useSelector;
export const usePlayerRef = Player.useActorRef;
