import { useEffect } from 'react';
import { lessonIdFromHash } from './launch';
import { usePlayer, usePlayerRef } from '../components/player-context';
import { screenOf, type Screen } from './screen';
import { INFO_PAGES, useUi, type InfoPage } from '../stores/ui';

/** `#/mentions-legales` → that information page; any other hash → null. */
export function infoPageFromHash(hash: string): InfoPage | null {
  const name = hash.replace(/^#\//, '');
  return (INFO_PAGES as readonly string[]).includes(name) ? (name as InfoPage) : null;
}

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
 * hashes are turned into ordinary navigation events, which the machine may refuse. An
 * information page (footer links) is UI chrome: its hash opens it over the current screen, and
 * any other hash closes it.
 */
export function useHashSync() {
  const player = usePlayerRef();
  const screen = usePlayer((s) => screenOf(s));
  const lessonId = usePlayer((s) => s.context.lessonId);
  const page = useUi((s) => s.page);
  const setPage = useUi((s) => s.setPage);
  useEffect(() => {
    const opened = infoPageFromHash(window.location.hash);
    if (opened) setPage(opened);
  }, [setPage]);
  useEffect(() => {
    if (screen === 'loading' || screen === 'failed' || screen === 'closed') return;
    const want = page ? `#/${page}` : hashOf(screen, lessonId);
    if (window.location.hash !== want) {
      const initial = window.location.hash === '' || window.location.hash === '#';
      if (initial) history.replaceState(null, '', want);
      else history.pushState(null, '', want);
    }
  }, [screen, lessonId, page]);
  useEffect(() => {
    const onHash = () => {
      const h = window.location.hash;
      const info = infoPageFromHash(h);
      setPage(info);
      if (info) return;
      const id = lessonIdFromHash(h);
      if (id) player.send({ type: 'nav.goTo', lessonId: id });
      else if (h === '#/plan') player.send({ type: 'nav.map' });
      else if (h === '#/' || h === '') player.send({ type: 'nav.home' });
    };
    // `popstate` alone: Back, Forward and an edited hash all fire it, and a hash change fires
    // `hashchange` right after it, so listening to both sent every navigation twice.
    window.addEventListener('popstate', onHash);
    return () => window.removeEventListener('popstate', onHash);
  }, [player, setPage]);
}
