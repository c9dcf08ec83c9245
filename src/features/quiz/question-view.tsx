import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Question } from '../../content/schema';
import { InlineText } from '../../components/rich-text';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { getFact } from '../../progress/facts';

/**
 * One question as a fieldset of radios or checkboxes. After « Valider » every option shows its
 * feedback, so the learner sees why each answer is right or wrong, not only a score.
 */
export function QuestionView({ question: q, n, total }: { question: Question; n: number; total: number }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const answer = usePlayer((s) => getFact(s.context.progress, 'answer', q.id)?.value);
  const [picked, setPicked] = useState<string[]>(answer?.choice ?? []);
  const [editing, setEditing] = useState(false);
  const [warn, setWarn] = useState(false);
  const uid = useId();
  const multiple = q.kind === 'multiple';
  const shown = answer && !editing;
  const choice = shown ? answer.choice : picked;

  const toggle = (id: string, on: boolean) => {
    setWarn(false);
    setPicked((p) => (multiple ? (on ? [...p, id] : p.filter((x) => x !== id)) : [id]));
  };
  const submit = () => {
    if (picked.length === 0) return setWarn(true);
    player.send({ type: 'quiz.submit', questionId: q.id, choice: picked });
    setEditing(false);
  };

  return (
    <fieldset
      className={`question${shown ? (answer.correct ? ' is-right' : ' is-wrong') : ''}`}
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
        {q.options.map((o) => {
          const isPicked = choice.includes(o.id);
          return (
            <li key={o.id} className={shown ? (o.correct ? 'option-right' : isPicked ? 'option-wrong' : '') : ''}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={uid}
                id={`${uid}-${o.id}`}
                checked={isPicked}
                disabled={!!shown}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <label htmlFor={`${uid}-${o.id}`}>
                <InlineText nodes={o.text} />
                {shown && (
                  <span className="option-tags">
                    {isPicked && <span className="tag">{t('quiz.yourChoice')}</span>}
                    {o.correct && <span className="tag tag-right">{t('quiz.rightAnswer')}</span>}
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
        {shown && <strong>{answer.correct ? t('quiz.right') : t('quiz.wrong')}</strong>}
        {warn && <span className="warn">{t('quiz.pickFirst')}</span>}
      </div>
      {shown ? (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setPicked(answer.choice);
            setEditing(true);
          }}
        >
          {t('quiz.retry')}
        </button>
      ) : (
        <button type="button" className="button" onClick={submit}>
          {t('quiz.submit')}
        </button>
      )}
    </fieldset>
  );
}
