import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { drawAttempt } from '../../assessment/draw';
import { isWholeResponse } from '../../assessment/scoring';
import type { AssessmentOutline, BankEntry } from '../../content/model';
import type { AttemptValue } from '../../progress/facts';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { AttemptQuestion } from './attempt-question';
import { useStepLabel } from './step-label';

/**
 * An attempt in progress: its drawn questions (rebuilt from the seed, so a reload shows the
 * same ones with the answers given), how many are answered, and « Remettre mon évaluation ».
 * Unanswered questions are named before submitting, since they will count as wrong.
 */
export function AttemptForm({
  a,
  attempt,
  bank,
}: {
  a: AssessmentOutline;
  attempt: AttemptValue;
  bank: readonly BankEntry[];
}) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const stepLabel = useStepLabel();
  const unscorable = usePlayer((s) => s.context.notices.includes('assessment-unscorable'));
  const drawn = useMemo(() => drawAttempt(bank, a, attempt.seed), [bank, a, attempt.seed]);
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  useEffect(() => {
    if (unscorable) setSubmitting(false);
  }, [unscorable]);
  const whole = drawn.filter((d, i) => isWholeResponse(d.question, attempt.answers[i]?.response)).length;
  const missing = drawn.length - whole;

  const submit = () => {
    setConfirming(false);
    setSubmitting(true);
    if (unscorable) player.send({ type: 'notice.dismiss', notice: 'assessment-unscorable' });
    player.send({ type: 'assessment.submit' });
  };

  return (
    <div className="attempt">
      <h3>{t('assessment.attemptTitle', { n: attempt.number })}</h3>
      <p className="attempt-count" role="status">
        {t('assessment.answered', { count: whole, total: drawn.length })}
      </p>
      {drawn.map((d, i) => (
        <AttemptQuestion
          key={`${attempt.seed}-${d.question.id}`}
          drawn={d}
          n={i + 1}
          total={drawn.length}
          stepLabel={stepLabel(d.question.stepId)}
          response={attempt.answers[i]?.response}
          onAnswer={(response) => player.send({ type: 'assessment.answer', position: i, response })}
        />
      ))}
      <div className="attempt-submit">
        <p className="attempt-count">{t('assessment.answered', { count: whole, total: drawn.length })}</p>
        {confirming ? (
          <div role="alert" className="fr-alert fr-alert--warning fr-alert--sm">
            <p>{t('assessment.unanswered', { count: missing })}</p>
            <div className="actions attempt-confirm">
              <button type="button" className="fr-btn" onClick={submit}>
                {t('assessment.submitAnyway')}
              </button>
              <button type="button" className="fr-btn fr-btn--secondary" onClick={() => setConfirming(false)}>
                {t('assessment.keepAnswering')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="fr-btn"
            aria-disabled={submitting}
            onClick={() => !submitting && (missing > 0 ? setConfirming(true) : submit())}
          >
            {t('assessment.submit')}
          </button>
        )}
        {submitting && <p role="status">{t('assessment.submitting')}</p>}
      </div>
    </div>
  );
}
