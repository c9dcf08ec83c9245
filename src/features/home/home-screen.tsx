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
        <section className="resume" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('home.current')}</h2>
          <p>{t('home.resumeAt', { lesson: resume.lessonTitle })}</p>
          <button type="button" className="button primary-large" onClick={resume.onResume}>
            {t('home.resume')}
          </button>
        </section>
      )}
      <section aria-labelledby="tracks-title">
        <h2 id="tracks-title">{t('home.chooseTrack')}</h2>
        <p>{t('home.steps')}</p>
        <ul className="tracks">
          {tracks.map((tr) => (
            <li key={tr.id} className={`track-card${tr.id === currentTrack ? ' is-current' : ''}`}>
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
                disabled={!live}
                onClick={() => onStart(tr.id)}
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
