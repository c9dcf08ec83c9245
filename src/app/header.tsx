import { currentTrack } from '../progress/selectors';
import { usePlayer, usePlayerRef } from '../components/player-context';
import { HeaderBar } from './header-bar';

/** The site header driven by the player. */
export function Header({ inLms }: { inLms: boolean }) {
  const player = usePlayerRef();
  const title = usePlayer((s) => s.context.outline.title);
  const hasTrack = usePlayer((s) => currentTrack(s.context.progress) !== null);
  const save = usePlayer((s) => s.context.save);
  const lms = usePlayer((s) => s.context.lms);
  return (
    <HeaderBar
      title={title}
      inLms={inLms}
      save={save}
      lms={lms}
      onHome={() => player.send({ type: 'nav.home' })}
      onMap={hasTrack ? () => player.send({ type: 'nav.map' }) : null}
      onQuit={() => player.send({ type: 'session.quit', byLearner: true })}
    />
  );
}
