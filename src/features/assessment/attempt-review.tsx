import { useTranslation } from '../../i18n/use-translation';
import type { DrawnQuestion } from '../../assessment/draw';
import { rightTargets } from '../../assessment/scoring';
import { InlineText } from '../../components/rich-text';
import { inlineToPlain } from '../../content/rich-text';
import type { AttemptAnswer } from '../../progress/facts';

/**
 * A submitted attempt, question by question: right or wrong, what the learner answered, the
 * right answer, and the feedback that explains each option, item or pair. Shown only once the
 * whole attempt is submitted.
 */
export function AttemptReview({
  drawn,
  answers,
  outcomes,
  stepLabel,
}: {
  drawn: readonly DrawnQuestion[];
  answers: readonly (AttemptAnswer | null)[];
  outcomes: readonly boolean[];
  stepLabel: (stepId: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <section className="attempt-review" aria-labelledby="attempt-review-title">
      <h3 id="attempt-review-title">{t('assessment.reviewTitle')}</h3>
      <ol className="review-list">
        {drawn.map((d, i) => {
          const response = answers[i]?.response;
          const right = outcomes[i]!;
          return (
            <li key={d.question.id} className={`question review-question ${right ? 'is-right' : 'is-wrong'}`}>
              <p className="question-number">
                {t('assessment.question', { n: i + 1, total: drawn.length })} · {stepLabel(d.question.stepId)}
              </p>
              <p className="question-prompt">
                <InlineText nodes={d.question.prompt} />
              </p>
              <p className="question-result">
                <strong>
                  {right ? t('assessment.isRight') : response ? t('assessment.isWrong') : t('assessment.noAnswer')}
                </strong>
              </p>
              <Detail drawn={d} response={response} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Detail({ drawn, response }: { drawn: DrawnQuestion; response: number[] | undefined }) {
  const { t } = useTranslation();
  const q = drawn.question;
  if (q.kind === 'ordering') {
    const mine = response ?? [];
    return (
      <div className="review-ordering">
        {mine.length > 0 && (
          <>
            <p className="review-label">{t('assessment.yourOrder')}</p>
            <ol>
              {mine.map((i) => (
                <li key={q.items[i]!.id} className={mine.indexOf(i) === i ? 'option-right' : 'option-wrong'}>
                  <InlineText nodes={q.items[i]!.text} />
                </li>
              ))}
            </ol>
          </>
        )}
        <p className="review-label">{t('assessment.rightOrder')}</p>
        <ol>
          {q.items.map((item) => (
            <li key={item.id}>
              <InlineText nodes={item.text} />
              <p className="feedback">
                <InlineText nodes={item.feedback} />
              </p>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  if (q.kind === 'matching') {
    const targets = rightTargets(q);
    const name = (ti: number | undefined) => (ti !== undefined && ti >= 0 ? inlineToPlain(q.targets[ti]!.text) : '—');
    return (
      <ul className="options">
        {drawn.order.map((i) => {
          const pair = q.pairs[i]!;
          const mine = response?.[i];
          return (
            <li key={pair.id} className={mine === targets[i] ? 'option-right' : 'option-wrong'}>
              <span />
              <span>
                <InlineText nodes={pair.text} />
                <br />
                {t('assessment.yourMatch', { target: name(mine) })} ·{' '}
                {t('assessment.rightMatch', { target: name(targets[i]) })}
              </span>
              <p className="feedback">
                <InlineText nodes={pair.feedback} />
              </p>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ul className="options">
      {drawn.order.map((i) => {
        const o = q.options[i]!;
        const picked = response?.includes(i) ?? false;
        return (
          <li key={o.id} className={o.correct ? 'option-right' : picked ? 'option-wrong' : ''}>
            <span aria-hidden="true">{picked ? '☑' : '☐'}</span>
            <span>
              <InlineText nodes={o.text} />
              <span className="option-tags">
                {picked && <span className="fr-tag fr-tag--sm tag">{t('assessment.yourChoice')}</span>}
                {o.correct && <span className="fr-tag fr-tag--sm tag tag-right">{t('assessment.rightAnswer')}</span>}
              </span>
            </span>
            <p className="feedback">
              <InlineText nodes={o.feedback} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
