import { useEffect } from 'react';
import { lessonIdFromHash } from './launch';
import { usePlayer, usePlayerRef } from '../components/player-context';
import { screenOf, type Screen } from './screen';

/** The hash each screen shows, so a reload or a shared link lands in the same place. */
export function hashOf(screen: Screen, lessonId: string | null): string {
  switch (screen) {
    case 'lesson':
      return lessonId ? `#/lecon/${lessonId}` : '#/';
    case 'map':
      return '#/plan';
    case 'complete':
      return '#/fin';
    default:
      return '#/';
  }
}

/**
 * The machine is the source of truth; the URL mirrors it. Back/forward buttons and edited
 * hashes are turned into ordinary navigation events, which the machine may refuse.
 */
export function useHashSync() {
  const player = usePlayerRef();
  const screen = usePlayer((s) => screenOf(s));
  const lessonId = usePlayer((s) => s.context.lessonId);
  useEffect(() => {
    if (screen === 'loading' || screen === 'failed' || screen === 'closed') return;
    const want = hashOf(screen, lessonId);
    if (window.location.hash !== want) {
      const initial = window.location.hash === '' || window.location.hash === '#';
      if (initial) history.replaceState(null, '', want);
      else history.pushState(null, '', want);
    }
  }, [screen, lessonId]);
  useEffect(() => {
    const onHash = () => {
      const h = window.location.hash;
      const id = lessonIdFromHash(h);
      if (id) player.send({ type: 'nav.goTo', lessonId: id });
      else if (h === '#/plan') player.send({ type: 'nav.map' });
      else if (h === '#/' || h === '') player.send({ type: 'nav.home' });
    };
    // `popstate` alone: Back, Forward and an edited hash all fire it, and a hash change fires
    // `hashchange` right after it, so listening to both sent every navigation twice.
    window.addEventListener('popstate', onHash);
    return () => window.removeEventListener('popstate', onHash);
  }, [player]);
}
