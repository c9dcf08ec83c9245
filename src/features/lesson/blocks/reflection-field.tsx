import { useId, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useJournalText } from './use-journal-text';

/**
 * A free-text answer kept in the learner's journal. Typing saves after a short pause and on
 * leaving the field; the « Enregistré » line appears only once the journal has the text.
 */
export function ReflectionField(props: {
  id: string;
  label: ReactNode;
  hint?: string;
  maxLength: number;
  rows?: number;
}) {
  const { t } = useTranslation();
  const text = useJournalText(props.id);
  const uid = useId();

  return (
    <div className="fr-input-group reflection-field">
      <label htmlFor={uid} className="fr-label reflection-label">
        {props.label}
      </label>
      {props.hint && (
        <p className="hint" id={`${uid}-hint`}>
          {props.hint}
        </p>
      )}
      <textarea
        id={uid}
        className="fr-input"
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        value={text.draft}
        aria-describedby={`${props.hint ? `${uid}-hint ` : ''}${uid}-status`}
        onChange={(e) => text.edit(e.target.value)}
        onBlur={text.flush}
      />
      <p
        className="reflection-status"
        id={`${uid}-status`}
        aria-live="polite"
        data-saved={text.savedNow && !text.memoryOnly ? 'true' : 'false'}
      >
        <span>{t('reflection.count', { count: text.draft.length, max: props.maxLength })}</span>
        {text.savedNow && !text.memoryOnly && <span className="saved"> · {t('reflection.saved')}</span>}
      </p>
    </div>
  );
}
