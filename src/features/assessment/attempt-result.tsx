import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { drawAttempt } from '../../assessment/draw';
import { percentOf } from '../../assessment/percent';
import { missedSteps, passes, scoreAttempt } from '../../assessment/scoring';
import type { AssessmentOutline, BankEntry } from '../../content/model';
import type { AttemptValue, ResultValue } from '../../progress/facts';
import { usePlayerRef } from '../../components/player-context';
import { AttemptReview } from './attempt-review';
import { MissedSteps } from './missed-steps';
import { useStepLabel } from './step-label';

/**
 * A submitted attempt: its score against the pass mark, passed or not (and by how many answers
 * it missed), the best score kept, the steps to review with links, then every question with
 * its feedback. It takes focus when it appears, without scrolling any page but the course's.
 */
export function AttemptResult({
  a,
  attempt,
  bank,
  best,
  onRetake,
}: {
  a: AssessmentOutline;
  attempt: AttemptValue;
  bank: readonly BankEntry[];
  best: ResultValue | null;
  /** Given when a new attempt may start: « Repasser l'évaluation » shows under the score. */
  onRetake?: () => void;
}) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const stepLabel = useStepLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  const drawn = useMemo(() => drawAttempt(bank, a, attempt.seed), [bank, a, attempt.seed]);
  const { right, total, outcomes } = scoreAttempt(drawn, attempt.answers);
  const passed = passes(right, total, a.passMark);
  const needed = Math.ceil(a.passMark * total - 1e-9);
  useEffect(() => {
    const el = heading.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    window.scrollTo?.(0, el.getBoundingClientRect().top + window.scrollY - 16);
  }, [attempt.seed]);

  return (
    <div className={`attempt-result ${passed ? 'is-passed' : 'is-failed'}`}>
      <h3 ref={heading} tabIndex={-1}>
        {t('assessment.resultTitle', { n: attempt.number })}
      </h3>
      <p className="attempt-score">
        <strong>{t('assessment.score', { count: right, total, percent: percentOf(right, total) })}</strong>
      </p>
      <p>{t('assessment.passMark', { percent: Math.round(a.passMark * 100), right: needed, total })}</p>
      <div className={`fr-alert fr-alert--sm attempt-verdict ${passed ? 'fr-alert--success' : 'fr-alert--error'}`}>
        <p>
          <strong>{passed ? t('assessment.passed') : t('assessment.failed', { count: needed - right })}</strong>
        </p>
      </div>
      {best && <p>{t('assessment.best', { percent: percentOf(best.right, best.total), n: best.attempt })}</p>}
      <div className="actions">
        {passed && (
          <button type="button" className="fr-btn" onClick={() => player.send({ type: 'nav.next' })}>
            {t('assessment.toEnd')}
          </button>
        )}
        {onRetake && (
          <button type="button" className={passed ? 'fr-btn fr-btn--secondary' : 'fr-btn'} onClick={onRetake}>
            {t('assessment.retake')}
          </button>
        )}
      </div>
      <MissedSteps stepIds={missedSteps(drawn, outcomes)} />
      <AttemptReview drawn={drawn} answers={attempt.answers} outcomes={outcomes} stepLabel={stepLabel} />
    </div>
  );
}
