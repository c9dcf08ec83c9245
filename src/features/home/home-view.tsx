import { useTranslation } from 'react-i18next';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { PageHeading } from '../../components/page-heading';
import { findLesson } from '../../content/spine';
import { bookmark, currentTrack } from '../../progress/selectors';

/** « 2 h », with a no-break space so the unit never starts a line (French typography). */
function hours(minutes: number) {
  return `${Math.round(minutes / 60)}\u00A0h`;
}

export function HomeView() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const locked = usePlayer((s) => s.context.lockedTrack);
  const track = usePlayer((s) => currentTrack(s.context.progress));
  const resumable = usePlayer((s) => s.can({ type: 'progress.resume' }));
  const mark = usePlayer((s) => bookmark(s.context.progress));
  const tracks = outline.tracks.filter((tr) => !locked || tr.id === locked);
  const resumeLesson = mark ? findLesson(outline, mark) : undefined;

  return (
    <div className="home">
      <PageHeading focusKey="home">{outline.title}</PageHeading>
      {outline.subtitle && <p className="lead">{outline.subtitle}</p>}
      <p>{outline.description}</p>
      {resumable && resumeLesson && (
        <section className="resume" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('home.current')}</h2>
          <p>{t('home.resumeAt', { lesson: resumeLesson.title })}</p>
          <button
            type="button"
            className="button primary-large"
            onClick={() => player.send({ type: 'progress.resume' })}
          >
            {t('home.resume')}
          </button>
        </section>
      )}
      <section aria-labelledby="tracks-title">
        <h2 id="tracks-title">{t('home.chooseTrack')}</h2>
        <p>{t('home.steps')}</p>
        <ul className="tracks">
          {tracks.map((tr) => (
            <li key={tr.id} className={`track-card${tr.id === track ? ' is-current' : ''}`}>
              <h3>
                <span className="track-duration">{tr.label}</span> · {tr.title}
              </h3>
              <p>{tr.promise}</p>
              <p className="hint">
                {t('home.youLeave')} {tr.outcome}
              </p>
              <button
                type="button"
                className="button"
                onClick={() => player.send({ type: 'track.select', track: tr.id })}
                aria-label={`${t('home.start', { label: tr.label })} · ${tr.title} (${t('home.minutes', { hours: hours(tr.targetMinutes) })})`}
              >
                {t('home.start', { label: tr.label })}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
