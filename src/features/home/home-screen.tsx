import type { CourseOutline } from '../../content/model';
import type { TrackId } from '../../content/schema';
import { PageHeading } from '../../components/page-heading';
import { useHydrated } from '../../components/hydrated';
import { useTranslation } from '../../i18n/use-translation';

/** « 2 h », with a no-break space so the unit never starts a line (French typography). */
function hours(minutes: number) {
  return `${Math.round(minutes / 60)}\u00A0h`;
}

/** What the home screen shows of the course: no lesson, so it ships with the first screen. */
export type HomeCourse = Pick<CourseOutline, 'title' | 'subtitle' | 'description' | 'tracks'>;

export interface HomeScreenProps {
  course: HomeCourse;
  lockedTrack: TrackId | null;
  currentTrack: TrackId | null;
  /** The bookmarked lesson to resume, when there is one (known once progress is read). */
  resume: { lessonTitle: string; onResume: () => void } | null;
  onStart: (track: TrackId) => void;
}

/**
 * The home screen's markup, from data alone (no player): rendered to static HTML at build time,
 * hydrated by the entry, then driven by the player (HomeView). Its buttons are disabled only in
 * the static HTML, where a click could not do anything.
 */
export function HomeScreen({ course, lockedTrack, currentTrack, resume, onStart }: HomeScreenProps) {
  const { t } = useTranslation();
  const live = useHydrated();
  const tracks = course.tracks.filter((tr) => !lockedTrack || tr.id === lockedTrack);
  return (
    <div className="home">
      <PageHeading focusKey="home" timing="course-title">
        {course.title}
      </PageHeading>
      {course.subtitle && <p className="lead">{course.subtitle}</p>}
      <p>{course.description}</p>
      {resume && (
        <section className="resume fr-callout fr-icon-bookmark-line" aria-labelledby="resume-title">
          <h2 id="resume-title" className="fr-callout__title">
            {t('home.current')}
          </h2>
          <p className="fr-callout__text">{t('home.resumeAt', { lesson: resume.lessonTitle })}</p>
          <button type="button" className="fr-btn fr-btn--lg" onClick={resume.onResume}>
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
              <div className={`fr-card track-card${tr.id === currentTrack ? ' is-current' : ''}`}>
                <div className="fr-card__body">
                  <div className="fr-card__content">
                    <h3 className="fr-card__title">
                      <span className="track-duration">{tr.label}</span> · {tr.title}
                    </h3>
                    <p className="fr-card__desc">{tr.promise}</p>
                    <p className="fr-card__desc hint">
                      {t('home.youLeave')} {tr.outcome}
                    </p>
                    {tr.id === currentTrack && (
                      <div className="fr-card__start">
                        <p className="fr-badge fr-badge--sm fr-badge--info">{t('home.current')}</p>
                      </div>
                    )}
                  </div>
                  <div className="fr-card__footer">
                    <button
                      type="button"
                      className="fr-btn"
                      disabled={!live}
                      onClick={() => onStart(tr.id)}
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
