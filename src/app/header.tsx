import { currentTrack } from '../progress/selectors';
import { usePlayer, usePlayerRef } from '../components/player-context';
import { useUi } from '../stores/ui';
import { HeaderBar } from './header-bar';

/**
 * The site header driven by the player. Going home or to the map also closes an information
 * page (footer links), which is UI chrome shown over the current screen.
 */
export function Header({ inLms }: { inLms: boolean }) {
  const player = usePlayerRef();
  const title = usePlayer((s) => s.context.outline.title);
  const hasTrack = usePlayer((s) => currentTrack(s.context.progress) !== null);
  const save = usePlayer((s) => s.context.save);
  const lms = usePlayer((s) => s.context.lms);
  const setPage = useUi((s) => s.setPage);
  return (
    <HeaderBar
      title={title}
      inLms={inLms}
      save={save}
      lms={lms}
      onHome={() => {
        setPage(null);
        player.send({ type: 'nav.home' });
      }}
      onMap={
        hasTrack
          ? () => {
              setPage(null);
              player.send({ type: 'nav.map' });
            }
          : null
      }
      onQuit={() => player.send({ type: 'session.quit', byLearner: true })}
    />
  );
}
