import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { PageHeading } from '../../components/page-heading';
import { spine } from '../../content/spine';
import { currentTrack } from '../../machines/context';
import { getFact } from '../../progress/facts';
import { TrackSwitch } from '../course-map/track-switch';

export function TrackCompleteView() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const progress = usePlayer((s) => s.context.progress);
  const track = usePlayer((s) => currentTrack(s.context))!;
  const info = outline.tracks.find((tr) => tr.id === track)!;
  const lessons = spine(outline, track);
  const seconds = lessons.reduce((n, l) => n + (getFact(progress, 'lesson', l.id)?.value.seconds ?? 0), 0);
  const questions = lessons.flatMap((l) => l.questions);
  const right = questions.filter((q) => getFact(progress, 'answer', q.id)?.value.correct).length;
  const roadmapLesson = lessons.find((l) => l.hasRoadmap);

  return (
    <div className="complete">
      <PageHeading focusKey="complete">{t('complete.title')}</PageHeading>
      <p className="lead">{t('complete.congrats', { label: info.label, title: info.title })}</p>
      <p>{info.outcome}</p>
      <ul className="summary">
        <li>{t('complete.time', { minutes: Math.round(seconds / 60) })}</li>
        {questions.length > 0 && <li>{t('complete.score', { right, total: questions.length })}</li>}
      </ul>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => player.send({ type: 'nav.map' })}>
          {t('complete.review')}
        </button>
        {roadmapLesson && (
          <button
            type="button"
            className="button"
            onClick={() => player.send({ type: 'nav.goTo', lessonId: roadmapLesson.id })}
          >
            {t('complete.roadmap')}
          </button>
        )}
      </div>
      <TrackSwitch />
    </div>
  );
}
