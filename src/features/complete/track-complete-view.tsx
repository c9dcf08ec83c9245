import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { canStart, currentAttempt } from '../../assessment/attempt';
import { drawAttempt } from '../../assessment/draw';
import { percentOf } from '../../assessment/percent';
import { missedSteps, scoreAttempt } from '../../assessment/scoring';
import { trackResult, type Standing, type TrackResult } from '../../assessment/track-result';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { PageHeading } from '../../components/page-heading';
import { spine } from '../../content/spine';
import { currentTrack } from '../../progress/selectors';
import { useBank } from '../assessment/bank-loader';
import { MissedSteps } from '../assessment/missed-steps';
import { AttestationPanel } from '../attestation/attestation-panel';
import { TrackSwitch } from '../course-map/track-switch';
import { useDuration } from './duration';
import '../lesson/lesson.css';

const TITLES = {
  complete: 'complete.title',
  passed: 'complete.titlePassed',
  failed: 'complete.titleFailed',
  'not-attempted': 'complete.titleNotAttempted',
  'lessons-left': 'complete.titleLessonsLeft',
} as const satisfies Record<Standing, string>;

/**
 * The end of a track says plainly where the learner stands (src/assessment/track-result.ts):
 * passed, with the score and the attestation; not yet passed, with the score against the pass
 * mark, the steps to review and « Repasser l'évaluation »; not finished, with the lessons left.
 * « Bravo » only after a pass (or, on tracks without an assessment, once every lesson is done).
 * Time is the measured active time, in hours and minutes, rounded down.
 */
export function TrackCompleteView() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const progress = usePlayer((s) => s.context.progress);
  const track = usePlayer((s) => currentTrack(s.context.progress))!;
  const duration = useDuration();
  const info = outline.tracks.find((tr) => tr.id === track)!;
  const r = trackResult(outline, track, progress);
  const a = r.assessment;
  const roadmapLesson = spine(outline, track).find((l) => l.hasRoadmap);
  const goTo = (lessonId: string) => player.send({ type: 'nav.goTo', lessonId });
  const retake = () => {
    if (!a) return;
    goTo(a.lessonId);
    if (canStart(a, progress)) player.send({ type: 'assessment.start' });
  };

  return (
    <div className="complete">
      <PageHeading focusKey={`complete-${r.standing}`}>{t(TITLES[r.standing])}</PageHeading>
      <Lead result={r} label={info.label} title={info.title} />
      {(r.standing === 'complete' || r.standing === 'passed') && <p>{info.outcome}</p>}
      {r.standing === 'lessons-left' && (
        <ul className="lessons-left">
          {r.lessonsLeft.map((l) => (
            <li key={l.id}>
              <a
                href={`#/lecon/${l.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(l.id);
                }}
              >
                {l.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <ul className="summary">
        <li>{t('complete.measuredTime', { time: duration(r.seconds) })}</li>
        {a && r.best && (
          <li>
            {t('complete.bestScore', {
              percent: percentOf(r.best.right, r.best.total),
              right: r.best.right,
              total: r.best.total,
              mark: Math.round(a.passMark * 100),
            })}{' '}
            {t('complete.bestKept')}
          </li>
        )}
      </ul>
      {r.standing === 'failed' && <LastAttemptMisses result={r} />}
      <div className="actions">
        {a && r.standing === 'failed' && canStart(a, progress) && (
          <button type="button" className="fr-btn" onClick={retake}>
            {t('complete.retake')}
          </button>
        )}
        {a && r.standing === 'failed' && !canStart(a, progress) && !r.inProgress && (
          <p>{t('assessment.noAttemptsLeft')}</p>
        )}
        {a && (r.standing === 'not-attempted' || (r.standing === 'failed' && r.inProgress)) && (
          <button type="button" className="fr-btn" onClick={() => goTo(a.lessonId)}>
            {t('complete.takeAssessment')}
          </button>
        )}
        <button type="button" className="fr-btn fr-btn--secondary" onClick={() => player.send({ type: 'nav.map' })}>
          {t('complete.review')}
        </button>
        {roadmapLesson && (
          <button type="button" className="fr-btn fr-btn--secondary" onClick={() => goTo(roadmapLesson.id)}>
            {t('complete.roadmap')}
          </button>
        )}
      </div>
      <AttestationPanel result={r} />
      <TrackSwitch />
    </div>
  );
}

function Lead({ result: r, label, title }: { result: TrackResult; label: string; title: string }) {
  const { t } = useTranslation();
  switch (r.standing) {
    case 'complete':
      return <p className="lead">{t('complete.congrats', { label, title })}</p>;
    case 'passed':
      return <p className="lead">{t('complete.passedLead', { label, title })}</p>;
    case 'failed':
      return <p className="lead">{t('complete.failedLead')}</p>;
    case 'not-attempted':
      return <p className="lead">{t('complete.notAttemptedLead')}</p>;
    case 'lessons-left':
      return (
        <>
          <p className="lead">{t('complete.lessonsLeftLead', { count: r.lessonsLeft.length })}</p>
          {r.passed && <p>{t('complete.passedButLessons')}</p>}
        </>
      );
  }
}

/** The steps missed in the latest submitted attempt (the bank is fetched to know them). */
function LastAttemptMisses({ result: r }: { result: TrackResult }) {
  const progress = usePlayer((s) => s.context.progress);
  const { state } = useBank();
  const a = r.assessment!;
  const attempt = currentAttempt(a, progress);
  const bank = state.status === 'ready' ? state.bank : null;
  const steps = useMemo(() => {
    if (!bank || !attempt?.submitted) return [];
    const drawn = drawAttempt(bank, a, attempt.seed);
    return missedSteps(drawn, scoreAttempt(drawn, attempt.answers).outcomes);
  }, [bank, a, attempt]);
  return <MissedSteps stepIds={steps} />;
}
