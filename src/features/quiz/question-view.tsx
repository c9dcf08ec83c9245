import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Question } from '../../content/schema';
import { InlineText } from '../../components/rich-text';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { getFact } from '../../progress/facts';
import { optionOrder } from './option-order';

/**
 * One question as a fieldset of radios or checkboxes. After « Valider » every option shows its
 * feedback, so the learner sees why each answer is right or wrong, not only a score. Options come
 * in this learner's own stable order (see option-order.ts). This is practice: the first answer
 * is the one recorded; « Modifier ma réponse » lets the learner try another one, checked on
 * screen only and said to be practice.
 */
export function QuestionView({ question: q, n, total }: { question: Question; n: number; total: number }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const answer = usePlayer((s) => getFact(s.context.progress, 'answer', q.id)?.value);
  const learnerKey = usePlayer((s) => s.context.learnerKey);
  const options = useMemo(() => optionOrder(q, learnerKey), [q, learnerKey]);
  const [picked, setPicked] = useState<string[]>(answer?.choice ?? []);
  const [editing, setEditing] = useState(false);
  /** A later try: shown with its feedback, never recorded. */
  const [tried, setTried] = useState<string[] | null>(null);
  const [warn, setWarn] = useState(false);
  const uid = useId();
  const multiple = q.kind === 'multiple';
  const shown = answer && !editing;
  const choice = shown ? (tried ?? answer.choice) : picked;
  const right = (ids: string[]) =>
    q.options.every((o) => o.correct === ids.includes(o.id)) && ids.length === new Set(ids).size;

  const toggle = (id: string, on: boolean) => {
    setWarn(false);
    setPicked((p) => (multiple ? (on ? [...p, id] : p.filter((x) => x !== id)) : [id]));
  };
  const submit = () => {
    if (picked.length === 0) return setWarn(true);
    if (answer) setTried([...picked]);
    else player.send({ type: 'quiz.submit', questionId: q.id, choice: picked });
    setEditing(false);
  };

  return (
    <fieldset
      className={`question${shown ? ((tried ? right(tried) : answer.correct) ? ' is-right' : ' is-wrong') : ''}`}
      aria-describedby={`${uid}-help`}
    >
      <legend>
        <span className="question-number">{t('quiz.question', { n, total })}</span>
        <span className="question-prompt">
          <InlineText nodes={q.prompt} />
        </span>
      </legend>
      <p className="hint" id={`${uid}-help`}>
        {multiple ? t('quiz.chooseMany') : t('quiz.chooseOne')}
      </p>
      <ul className="options">
        {options.map((o) => {
          const isPicked = choice.includes(o.id);
          return (
            <li
              key={o.id}
              className={`${multiple ? 'fr-checkbox-group' : 'fr-radio-group'}${shown ? (o.correct ? ' option-right' : isPicked ? ' option-wrong' : '') : ''}`}
            >
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={uid}
                id={`${uid}-${o.id}`}
                value={o.id}
                checked={isPicked}
                disabled={!!shown}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <label className="fr-label" htmlFor={`${uid}-${o.id}`}>
                <InlineText nodes={o.text} />
                {shown && (
                  <span className="option-tags">
                    {isPicked && <span className="fr-tag fr-tag--sm tag">{t('quiz.yourChoice')}</span>}
                    {o.correct && <span className="fr-tag fr-tag--sm tag tag-right">{t('quiz.rightAnswer')}</span>}
                  </span>
                )}
              </label>
              {shown && (
                <p className="feedback">
                  <InlineText nodes={o.feedback} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div className="question-result" role="status">
        {shown && tried && <span>{t('quiz.practiceTry')} </span>}
        {shown && <strong>{(tried ? right(tried) : answer.correct) ? t('quiz.right') : t('quiz.wrong')}</strong>}
        {warn && <span className="warn">{t('quiz.pickFirst')}</span>}
      </div>
      {answer && (editing || tried) && <p className="hint practice-note">{t('quiz.practiceNote')}</p>}
      {shown ? (
        <button
          type="button"
          className="fr-btn fr-btn--secondary"
          onClick={() => {
            setPicked(tried ?? answer.choice);
            setEditing(true);
          }}
        >
          {t('quiz.retry')}
        </button>
      ) : (
        <button type="button" className="fr-btn" onClick={submit}>
          {t('quiz.submit')}
        </button>
      )}
    </fieldset>
  );
}
