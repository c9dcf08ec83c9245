import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { currentTrack } from '../../progress/selectors';

/** Offers only longer tracks: tracks are cumulative, so switching up never loses anything. */
export function TrackSwitch() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const track = usePlayer((s) => currentTrack(s.context.progress));
  const locked = usePlayer((s) => s.context.lockedTrack);
  if (locked || !track) return null;
  const longer = outline.tracks.slice(outline.tracks.findIndex((tr) => tr.id === track) + 1);
  if (longer.length === 0) return null;
  return (
    <section className="track-switch" aria-labelledby="switch-title">
      <h2 id="switch-title">{t('map.switchTitle')}</h2>
      <p>{t('map.switchHelp')}</p>
      {longer.map((tr) => (
        <button
          key={tr.id}
          type="button"
          className="fr-btn fr-btn--secondary"
          onClick={() => player.send({ type: 'track.switch', track: tr.id })}
        >
          {t('map.switchTo', { label: tr.label })}
        </button>
      ))}
    </section>
  );
}
