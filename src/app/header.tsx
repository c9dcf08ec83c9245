import { currentTrack } from '../machines/context';
import { useUi } from '../stores/ui';
import { usePlayer, usePlayerRef } from '../components/player-context';
import { HeaderBar } from './header-bar';

/** The site header driven by the player. */
export function Header({ inLms }: { inLms: boolean }) {
  const player = usePlayerRef();
  const title = usePlayer((s) => s.context.outline.title);
  const hasTrack = usePlayer((s) => currentTrack(s.context) !== null);
  const save = usePlayer((s) => s.context.save);
  const lms = usePlayer((s) => s.context.lms);
  const quit = useUi((s) => s.setQuit);
  return (
    <HeaderBar
      title={title}
      inLms={inLms}
      save={save}
      lms={lms}
      onHome={() => player.send({ type: 'nav.home' })}
      onMap={hasTrack ? () => player.send({ type: 'nav.map' }) : null}
      onQuit={() => {
        player.send({ type: 'session.quit', byLearner: true });
        quit();
      }}
    />
  );
}
