import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { PageHeading } from '../../components/page-heading';
import { findLesson, spine } from '../../content/spine';
import { currentTrack, isLessonComplete, trackProgress } from '../../progress/selectors';
import { BlockView } from './block-view';
import { LessonEnd } from './lesson-end';
import { useStepContent } from './use-step-content';

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

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <p className="eyebrow">{t('lesson.step', { n: step.number, title: step.title })}</p>
      <div id="lesson-title">
        <PageHeading focusKey={lessonId}>{lesson.title}</PageHeading>
      </div>
      <p className="lesson-meta">
        <span>{t('lesson.position', { index: index + 1, total: lessons.length })}</span>
        <span> · {t('lesson.minutes', { count: lesson.minutes })}</span>
        {completed && <span className="badge-done"> · {t('lesson.completed')}</span>}
      </p>
      {state.status === 'loading' && <p role="status">{t('lesson.loading')}</p>}
      {state.status === 'failed' && (
        <div role="alert" className="notice">
          <p>{t('lesson.loadFailed')}</p>
          <button type="button" className="button" onClick={retry}>
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
            className="button secondary"
            disabled={!hasPrev}
            onClick={() => player.send({ type: 'nav.prev' })}
          >
            {t('lesson.previous')}
          </button>
          <button type="button" className="button" onClick={() => player.send({ type: 'nav.next' })}>
            {t('lesson.next')}
          </button>
        </div>
      </nav>
    </article>
  );
}
