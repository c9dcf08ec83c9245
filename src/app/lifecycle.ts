import { useEffect } from 'react';
import { usePlayerRef } from '../components/player-context';

/**
 * Flushes on the events browsers still fire when a tab goes away: `visibilitychange` to hidden
 * (the last reliable moment on mobile) and `pagehide`. Never `unload`, which is unreliable and
 * blocks the back/forward cache.
 */
export function useSessionLifecycle() {
  const player = usePlayerRef();
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') player.send({ type: 'session.pause' });
    };
    const onPageHide = () => player.send({ type: 'session.quit' });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [player]);
}
