import { useTranslation } from '../../i18n/use-translation';
import { attemptsLeft, bestResult, canStart, currentAttempt, isStaleAttempt } from '../../assessment/attempt';
import type { AssessmentOutline } from '../../content/model';
import type { BlockOf } from '../../content/schema';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { AttemptForm } from './attempt-form';
import { AttemptResult } from './attempt-result';
import { useBank } from './bank-loader';
import '@gouvfr/dsfr/dist/component/select/select.main.css';
import './assessment.css';

/**
 * The final assessment as a lesson block: its rules, then the attempt in progress (questions,
 * no feedback), or the last submitted attempt's result (score, pass mark, feedback, steps to
 * review), and the button that starts an attempt when one may start. Everything shown comes
 * from the facts and the bank; the player machine applies the rules.
 */
export function AssessmentBlock({ block }: { block: BlockOf<'assessment'> }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const progress = usePlayer((s) => s.context.progress);
  const { state, retry } = useBank();
  const a = outline.assessment;
  if (!a || a.id !== block.id) return null;
  const attempt = currentAttempt(a, progress);
  const left = attemptsLeft(a, progress);
  const startable = canStart(a, progress);
  const start = () => player.send({ type: 'assessment.start' });

  return (
    <section className="block assessment" aria-labelledby={`${block.id}-title`}>
      <h2 id={`${block.id}-title`}>{t('assessment.rulesTitle')}</h2>
      <Rules a={a} steps={outline.steps.length} />
      {attempt?.submitted !== false && left !== null && (
        <p>{left > 0 ? t('assessment.attemptsLeft', { count: left }) : t('assessment.noAttemptsLeft')}</p>
      )}
      {isStaleAttempt(a, progress) && (
        <div className="fr-alert fr-alert--warning fr-alert--sm" role="status">
          <p>{t('assessment.stale')}</p>
        </div>
      )}
      {attempt && state.status === 'loading' && <p role="status">{t('assessment.loading')}</p>}
      {attempt && state.status === 'failed' && (
        <div role="alert" className="fr-alert fr-alert--error fr-alert--sm">
          <p>{t('assessment.loadFailed')}</p>
          <button type="button" className="fr-btn fr-btn--sm" onClick={retry}>
            {t('assessment.retry')}
          </button>
        </div>
      )}
      {attempt && state.status === 'ready' && !attempt.submitted && (
        <AttemptForm a={a} attempt={attempt} bank={state.bank} />
      )}
      {attempt && state.status === 'ready' && attempt.submitted && (
        <AttemptResult
          a={a}
          attempt={attempt}
          bank={state.bank}
          best={bestResult(a, progress)}
          {...(startable ? { onRetake: start } : {})}
        />
      )}
      {startable && !(attempt?.submitted && state.status === 'ready') && (
        <button type="button" className="fr-btn" onClick={start}>
          {attempt || bestResult(a, progress) ? t('assessment.retake') : t('assessment.start')}
        </button>
      )}
    </section>
  );
}

function Rules({ a, steps }: { a: AssessmentOutline; steps: number }) {
  const { t } = useTranslation();
  const needed = Math.ceil(a.passMark * a.questionsPerAttempt - 1e-9);
  return (
    <div className="fr-callout">
      <ul className="assessment-rules">
        <li>{t('assessment.rulesQuestions', { count: a.questionsPerAttempt, perStep: a.minPerStep, steps })}</li>
        <li>
          {t('assessment.rulesPassMark', {
            percent: Math.round(a.passMark * 100),
            right: needed,
            total: a.questionsPerAttempt,
          })}
        </li>
        <li>{t('assessment.rulesWhole')}</li>
        <li>{t('assessment.rulesNoFeedback')}</li>
        <li>{t('assessment.rulesSaved')}</li>
        <li>
          {t('assessment.rulesRetake')}
          {a.maxAttempts !== undefined && <> {t('assessment.rulesAttempts', { count: a.maxAttempts })}</>}
        </li>
      </ul>
    </div>
  );
}
