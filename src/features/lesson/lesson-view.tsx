import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { PageHeading } from '../../components/page-heading';
import { findLesson, spine } from '../../content/spine';
import { currentTrack, isLessonComplete, trackProgress } from '../../progress/selectors';
import { BlockView } from './block-view';
import { LessonEnd } from './lesson-end';
import { useStepContent } from './use-step-content';
import './lesson-dsfr';
import './lesson.css';

export function LessonView() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const lessonId = usePlayer((s) => s.context.lessonId)!;
  const track = usePlayer((s) => currentTrack(s.context.progress))!;
  const progress = usePlayer((s) => s.context.progress);
  const lesson = findLesson(outline, lessonId)!;
  const step = outline.steps.find((s) => s.id === lesson.stepId)!;
  const lessons = spine(outline, track);
  const index = lessons.findIndex((l) => l.id === lessonId);
  const overall = trackProgress(outline, track, progress);
  const percent = Math.round((overall.done / Math.max(1, overall.total)) * 100);
  const { state, retry } = useStepContent(step.id);
  const completed = isLessonComplete(progress, lessonId);
  const last = index === lessons.length - 1;
  const hasPrev = usePlayer((s) => s.can({ type: 'nav.prev' }));

  const next = outline.steps.find((s) => s.number === step.number + 1);

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <div className="fr-stepper">
        <p className="fr-stepper__title">
          {step.title}
          <span className="fr-stepper__state">
            {t('lesson.stepOf', { n: step.number, total: outline.steps.length })}
          </span>
        </p>
        <div className="fr-stepper__steps" data-fr-current-step={step.number} data-fr-steps={outline.steps.length} />
        {next && (
          <p className="fr-stepper__details">
            <span className="fr-text--bold">{t('lesson.nextStep')}</span> {next.title}
          </p>
        )}
      </div>
      <div id="lesson-title">
        <PageHeading focusKey={lessonId}>{lesson.title}</PageHeading>
      </div>
      <ul className="lesson-meta fr-badges-group">
        <li>
          <span className="fr-badge fr-badge--sm">
            {t('lesson.position', { index: index + 1, total: lessons.length })}
          </span>
        </li>
        <li>
          <span className="fr-badge fr-badge--sm fr-badge--no-icon">
            {t('lesson.minutes', { count: lesson.minutes })}
          </span>
        </li>
        {completed && (
          <li>
            <span className="fr-badge fr-badge--sm fr-badge--success badge-done">{t('lesson.completed')}</span>
          </li>
        )}
      </ul>
      {state.status === 'loading' && <p role="status">{t('lesson.loading')}</p>}
      {state.status === 'failed' && (
        <div role="alert" className="fr-alert fr-alert--error fr-alert--sm">
          <p>{t('lesson.loadFailed')}</p>
          <button type="button" className="fr-btn" onClick={retry}>
            {t('lesson.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          {(state.content.lessons[lessonId] ?? []).map((b, i) => (
            <BlockView key={`${lessonId}-${i}`} block={b} />
          ))}
          <LessonEnd key={lessonId} lessonId={lessonId} />
        </>
      )}
      <nav className="lesson-nav" aria-label={t('lesson.progress')}>
        <div className="progress">
          <label htmlFor="track-progress">{t('lesson.progress')}</label>
          <progress id="track-progress" max={overall.total} value={overall.done}>
            {percent} %
          </progress>
          <span>{percent} %</span>
        </div>
        {last && <p className="hint">{t('lesson.finish')}</p>}
        <div className="nav-buttons">
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-icon-arrow-left-line fr-btn--icon-left"
            disabled={!hasPrev}
            onClick={() => player.send({ type: 'nav.prev' })}
          >
            {t('lesson.previous')}
          </button>
          <button
            type="button"
            className="fr-btn fr-icon-arrow-right-line fr-btn--icon-right"
            onClick={() => player.send({ type: 'nav.next' })}
          >
            {t('lesson.next')}
          </button>
        </div>
      </nav>
    </article>
  );
}
