import type { TrackId } from '../../content/schema';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { findLesson } from '../../content/spine';
import { bookmark, currentTrack } from '../../progress/selectors';
import { queueIntent } from '../../components/player-intent';
import { HomeScreen } from './home-screen';

/**
 * The home screen driven by the player. While stored progress is still loading it already shows
 * (the same markup as the prerendered page); a track chosen meanwhile is queued, not lost.
 */
export function HomeView() {
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const loading = usePlayer((s) => s.matches('loading'));
  const locked = usePlayer((s) => s.context.lockedTrack);
  const track = usePlayer((s) => currentTrack(s.context.progress));
  const resumable = usePlayer((s) => s.can({ type: 'progress.resume' }));
  const mark = usePlayer((s) => bookmark(s.context.progress));
  const resumeLesson = resumable && mark ? findLesson(outline, mark) : undefined;
  const start = (t: TrackId) => {
    const event = { type: 'track.select', track: t } as const;
    if (loading) queueIntent(event);
    else player.send(event);
  };
  return (
    <HomeScreen
      course={outline}
      lockedTrack={locked}
      currentTrack={track}
      resume={
        resumeLesson
          ? { lessonTitle: resumeLesson.title, onResume: () => player.send({ type: 'progress.resume' }) }
          : null
      }
      onStart={start}
    />
  );
}
