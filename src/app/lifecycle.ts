import { useEffect } from 'react';
import { flushDrafts } from '../components/pending-drafts';
import { usePlayerRef } from '../components/player-context';

/**
 * Flushes on the events browsers still fire when a tab goes away: `visibilitychange` to hidden
 * (the last reliable moment on mobile) and `pagehide`. Never `unload`, which is unreliable and
 * blocks the back/forward cache.
 */
export function useSessionLifecycle(inLms: boolean) {
  const player = usePlayerRef();
  useEffect(() => {
    // Drafts first, so the pause's checkpoint commit and the quit's Finish carry them.
    const onVisibility = () => {
      if (document.visibilityState !== 'hidden') return;
      flushDrafts();
      player.send({ type: 'session.pause' });
    };
    const onPageHide = () => {
      flushDrafts();
      player.send({ type: 'session.quit' });
    };
    // A page restored from the back/forward cache has already closed its LMS session on
    // pagehide: reloading opens a new one instead of learning with nothing recorded.
    const onPageShow = (e: PageTransitionEvent) => {
      if (e.persisted && inLms) window.location.reload();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [player, inLms]);
}
