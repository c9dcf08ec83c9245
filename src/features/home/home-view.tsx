import { useTranslation } from 'react-i18next';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { PageHeading } from '../../components/page-heading';
import { findLesson } from '../../content/spine';
import { bookmark, currentTrack } from '../../machines/context';
import { canResume } from '../../machines/guards';

/** « 2 h », with a no-break space so the unit never starts a line (French typography). */
function hours(minutes: number) {
  return `${Math.round(minutes / 60)}\u00A0h`;
}

export function HomeView() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const locked = usePlayer((s) => s.context.lockedTrack);
  const track = usePlayer((s) => currentTrack(s.context));
  const resumable = usePlayer((s) => canResume(s.context));
  const mark = usePlayer((s) => bookmark(s.context));
  const tracks = outline.tracks.filter((tr) => !locked || tr.id === locked);
  const resumeLesson = mark ? findLesson(outline, mark) : undefined;

  return (
    <div className="home">
      <PageHeading focusKey="home">{outline.title}</PageHeading>
      {outline.subtitle && <p className="lead">{outline.subtitle}</p>}
      <p>{outline.description}</p>
      {resumable && resumeLesson && (
        <section className="resume fr-callout fr-icon-bookmark-line" aria-labelledby="resume-title">
          <h2 id="resume-title" className="fr-callout__title">
            {t('home.current')}
          </h2>
          <p className="fr-callout__text">{t('home.resumeAt', { lesson: resumeLesson.title })}</p>
          <button type="button" className="fr-btn fr-btn--lg" onClick={() => player.send({ type: 'progress.resume' })}>
            {t('home.resume')}
          </button>
        </section>
      )}
      <section aria-labelledby="tracks-title">
        <h2 id="tracks-title">{t('home.chooseTrack')}</h2>
        <p>{t('home.steps')}</p>
        <ul className="tracks">
          {tracks.map((tr) => (
            <li key={tr.id}>
              <div className={`fr-card track-card${tr.id === track ? ' is-current' : ''}`}>
                <div className="fr-card__body">
                  <div className="fr-card__content">
                    <h3 className="fr-card__title">
                      <span className="track-duration">{tr.label}</span> · {tr.title}
                    </h3>
                    <p className="fr-card__desc">{tr.promise}</p>
                    <p className="fr-card__desc hint">
                      {t('home.youLeave')} {tr.outcome}
                    </p>
                    {tr.id === track && (
                      <div className="fr-card__start">
                        <p className="fr-badge fr-badge--sm fr-badge--info">{t('home.current')}</p>
                      </div>
                    )}
                  </div>
                  <div className="fr-card__footer">
                    <button
                      type="button"
                      className="fr-btn"
                      onClick={() => player.send({ type: 'track.select', track: tr.id })}
                      aria-label={`${t('home.start', { label: tr.label })} · ${tr.title} (${t('home.minutes', { hours: hours(tr.targetMinutes) })})`}
                    >
                      {t('home.start', { label: tr.label })}
                    </button>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
