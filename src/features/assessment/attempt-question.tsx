import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { DrawnQuestion } from '../../assessment/draw';
import { InlineText } from '../../components/rich-text';
import { inlineToPlain } from '../../content/rich-text';

/**
 * One drawn question of an attempt in progress, in the order the seed gives its parts. It shows
 * no feedback at all: whether an answer is right is said after the whole attempt is submitted.
 * Every change is handed to `onAnswer` at once (as authored indices), so it is saved as it goes.
 */
export function AttemptQuestion({
  drawn,
  n,
  total,
  stepLabel,
  response,
  onAnswer,
}: {
  drawn: DrawnQuestion;
  n: number;
  total: number;
  stepLabel: string;
  response: number[] | undefined;
  onAnswer: (response: number[]) => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const q = drawn.question;
  return (
    <fieldset className="question attempt-question" aria-describedby={`${uid}-help`}>
      <legend>
        <span className="question-number">
          {t('assessment.question', { n, total })} · {stepLabel}
        </span>
        <span className="question-prompt">
          <InlineText nodes={q.prompt} />
        </span>
      </legend>
      {q.kind === 'ordering' ? (
        <Ordering drawn={drawn} uid={uid} response={response} onAnswer={onAnswer} />
      ) : q.kind === 'matching' ? (
        <Matching drawn={drawn} uid={uid} response={response} onAnswer={onAnswer} />
      ) : (
        <>
          <p className="hint" id={`${uid}-help`}>
            {q.kind === 'multiple' ? t('assessment.chooseMany') : t('assessment.chooseOne')}
          </p>
          <ul className="options">
            {drawn.order.map((i) => {
              const o = q.options[i]!;
              const picked = response?.includes(i) ?? false;
              const multiple = q.kind === 'multiple';
              const toggle = (on: boolean) => {
                const rest = (response ?? []).filter((x) => x !== i);
                const next = multiple ? (on ? [...rest, i] : rest) : [i];
                if (next.length) onAnswer(next.sort((a, b) => a - b));
              };
              return (
                <li key={o.id} className={multiple ? 'fr-checkbox-group' : 'fr-radio-group'}>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={uid}
                    id={`${uid}-${o.id}`}
                    checked={picked}
                    onChange={(e) => toggle(e.target.checked)}
                  />
                  <label className="fr-label" htmlFor={`${uid}-${o.id}`}>
                    <InlineText nodes={o.text} />
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}

type PartProps = { drawn: DrawnQuestion; uid: string; response: number[] | undefined; onAnswer: (r: number[]) => void };

/** Items in a list, moved with buttons (keyboard and screen-reader friendly, no drag and drop). */
function Ordering({ drawn, uid, response, onAnswer }: PartProps) {
  const { t } = useTranslation();
  const q = drawn.question;
  if (q.kind !== 'ordering') return null;
  const order = response ?? drawn.order;
  const move = (from: number, to: number) => {
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    onAnswer(next);
  };
  return (
    <>
      <p className="hint" id={`${uid}-help`}>
        {t('assessment.orderHint')}
      </p>
      <ol className="ordering">
        {order.map((i, pos) => {
          const item = q.items[i]!;
          const label = inlineToPlain(item.text);
          return (
            <li key={item.id}>
              <span className="ordering-text">
                <InlineText nodes={item.text} />
              </span>
              <span className="ordering-moves">
                <button
                  type="button"
                  className="fr-btn fr-btn--sm fr-btn--tertiary"
                  aria-label={t('assessment.moveUp', { item: label })}
                  disabled={pos === 0}
                  onClick={() => move(pos, pos - 1)}
                >
                  {t('assessment.up')}
                </button>
                <button
                  type="button"
                  className="fr-btn fr-btn--sm fr-btn--tertiary"
                  aria-label={t('assessment.moveDown', { item: label })}
                  disabled={pos === order.length - 1}
                  onClick={() => move(pos, pos + 1)}
                >
                  {t('assessment.down')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {response ? (
        <p className="hint" role="status">
          {t('assessment.orderSaved')}
        </p>
      ) : (
        <button type="button" className="fr-btn fr-btn--secondary" onClick={() => onAnswer([...order])}>
          {t('assessment.keepOrder')}
        </button>
      )}
    </>
  );
}

/** Each pair (a situation) gets one of the targets from a list; saved pair by pair. */
function Matching({ drawn, uid, response, onAnswer }: PartProps) {
  const { t } = useTranslation();
  const q = drawn.question;
  if (q.kind !== 'matching') return null;
  const current = response ?? q.pairs.map(() => -1);
  return (
    <>
      <p className="hint" id={`${uid}-help`}>
        {t('assessment.matchHint')}
      </p>
      <ul className="matching">
        {drawn.order.map((i) => {
          const pair = q.pairs[i]!;
          return (
            <li key={pair.id} className="fr-select-group">
              <label className="fr-label" htmlFor={`${uid}-${pair.id}`}>
                <InlineText nodes={pair.text} />
              </label>
              <select
                className="fr-select"
                id={`${uid}-${pair.id}`}
                value={String(current[i] ?? -1)}
                onChange={(e) => onAnswer(current.map((v, k) => (k === i ? Number(e.target.value) : v)))}
              >
                <option value="-1">{t('assessment.choose')}</option>
                {q.targets.map((target, ti) => (
                  <option key={target.id} value={String(ti)}>
                    {inlineToPlain(target.text)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </>
  );
}
