import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { PageHeading } from '../../components/page-heading';
import { findLesson, stepLessons } from '../../content/spine';
import { currentTrack, lessonStatus, stepsProgress } from '../../progress/selectors';
import { TrackSwitch } from './track-switch';
import '../lesson/lesson.css';

/** Each lesson status as a DSFR badge (class names whole, for the build's purge). */
const STATUS_BADGE: Record<string, string> = {
  completed: 'fr-badge--success',
  viewed: 'fr-badge--new',
  visited: 'fr-badge--info',
  none: 'fr-badge--no-icon',
};

export function CourseMapView() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const progress = usePlayer((s) => s.context.progress);
  const track = usePlayer((s) => currentTrack(s.context.progress))!;
  const current = usePlayer((s) => s.context.lessonId);
  const incomplete = usePlayer((s) => s.context.incomplete);
  const trackInfo = outline.tracks.find((tr) => tr.id === track)!;
  const steps = stepsProgress(outline, track, progress);

  return (
    <div className="course-map">
      <PageHeading focusKey="map">{t('map.title')}</PageHeading>
      <p className="lead">{t('map.track', { label: trackInfo.label, title: trackInfo.title })}</p>
      {incomplete.length > 0 && (
        <div className="fr-alert fr-alert--info fr-alert--sm map-incomplete" role="status">
          <p>{t('map.incomplete', { count: incomplete.length })}</p>
          <ul>
            {incomplete.map((id) => (
              <li key={id}>
                <a href={`#/lecon/${id}`}>{findLesson(outline, id)?.title}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="steps">
        {outline.steps.map((step, i) => {
          const sp = steps[i]!;
          return (
            <li key={step.id} className={`step-card${sp.complete ? ' is-complete' : ''}`}>
              <h2>
                <span className="step-number">{t('map.step', { n: step.number })}</span> {step.title}
              </h2>
              <p className="step-progress">
                {t('map.stepProgress', { done: sp.done, total: sp.total, count: sp.done })}
              </p>
              <progress
                max={sp.total}
                value={sp.done}
                aria-label={`${t('map.step', { n: step.number })} : ${t('map.stepProgress', { done: sp.done, total: sp.total, count: sp.done })}`}
              />
              <ul className="lesson-list">
                {stepLessons(step, track).map((l) => {
                  const status = lessonStatus(progress, l.id) ?? 'none';
                  return (
                    <li key={l.id} className={`lesson-item status-${status}`}>
                      <a
                        href={`#/lecon/${l.id}`}
                        aria-current={l.id === current ? 'step' : undefined}
                        onClick={(e) => {
                          e.preventDefault();
                          player.send({ type: 'nav.goTo', lessonId: l.id });
                        }}
                      >
                        {l.title}
                      </a>
                      <span className="lesson-status">
                        {' '}
                        <span className={`fr-badge fr-badge--sm ${STATUS_BADGE[status] ?? ''}`}>
                          {t(`map.lessonStatus.${status}`)}
                        </span>{' '}
                        · {t('map.minutes', { count: l.minutes })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
      <TrackSwitch />
    </div>
  );
}
