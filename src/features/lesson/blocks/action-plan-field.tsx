import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../../components/player-context';
import {
  ACTION_CELL_MAX_LENGTH,
  ACTION_PLAN_COLUMNS,
  formatActionPlan,
  parseActionPlan,
  type ActionLine,
  type ActionPlanColumn,
} from '../../../content/action-plan';
import { getFact } from '../../../progress/facts';
import { useJournalText } from './use-journal-text';
import './action-plan.css';

/**
 * An action plan kept in the learner's journal: `rows` lines of « quoi », « échéance » and
 * « qui », saved as one entry like a reflection (pause or leaving a cell). When the plan replaced
 * an older free-text field, a learner's answer there is shown above the lines until they remove it.
 */
export function ActionPlanField(props: {
  id: string;
  label: ReactNode;
  hint?: string;
  rows: number;
  replaces?: string;
}) {
  const { t } = useTranslation();
  const text = useJournalText(props.id);
  const [lines, setLines] = useState(() => parseActionPlan(text.draft, props.rows));
  const uid = useId();

  // The stored plan changed elsewhere (another tab, the other screen): show it. Cells keep their
  // raw typing otherwise, so a space typed at the end of a cell is not eaten by the round trip.
  useEffect(() => {
    if (formatActionPlan(lines) !== text.draft) setLines(parseActionPlan(text.draft, props.rows));
  }, [text.draft, props.rows]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (row: number, column: ActionPlanColumn, value: string) => {
    const next = lines.map((l, i): ActionLine => (i === row ? { ...l, [column]: value } : l));
    setLines(next);
    text.edit(formatActionPlan(next));
  };

  return (
    <fieldset className="action-plan" aria-describedby={`${uid}-status`}>
      <legend className="reflection-label">{props.label}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      {props.replaces && <EarlierAnswer id={props.replaces} />}
      <ol className="action-lines">
        {lines.map((line, row) => (
          <li key={row}>
            <fieldset className="action-line">
              <legend>{t('actionPlan.line', { n: row + 1 })}</legend>
              {ACTION_PLAN_COLUMNS.map((column) => (
                <div className={`action-cell action-cell-${column}`} key={column}>
                  <label className="fr-label" htmlFor={`${uid}-${row}-${column}`}>
                    {t(`actionPlan.columns.${column}`)}
                  </label>
                  <input
                    className="fr-input"
                    id={`${uid}-${row}-${column}`}
                    type="text"
                    maxLength={ACTION_CELL_MAX_LENGTH[column]}
                    value={line[column]}
                    onChange={(e) => change(row, column, e.target.value)}
                    onBlur={text.flush}
                  />
                </div>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <p className="reflection-status" id={`${uid}-status`} aria-live="polite">
        {text.savedNow && !text.memoryOnly && <span className="saved">{t('reflection.saved')}</span>}
      </p>
    </fieldset>
  );
}

/** The free-text answer an action plan replaced: kept, shown, removable only by the learner. */
function EarlierAnswer({ id }: { id: string }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const earlier = usePlayer((s) => getFact(s.context.progress, 'reflection', id)?.value.text ?? '');
  if (earlier.trim() === '') return null;
  return (
    <div className="earlier-answer">
      <p className="earlier-answer-title">{t('actionPlan.earlier')}</p>
      <p className="earlier-answer-text">{earlier}</p>
      <p className="hint">{t('actionPlan.earlierHint')}</p>
      <button
        type="button"
        className="fr-btn fr-btn--secondary fr-btn--sm"
        onClick={() => player.send({ type: 'reflection.save', reflectionId: id, text: '' })}
      >
        {t('actionPlan.removeEarlier')}
      </button>
    </div>
  );
}
