import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../../components/player-context';
import { getFact } from '../../../progress/facts';

const SAVE_DELAY_MS = 600;

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
  const player = usePlayerRef();
  const stored = usePlayer((s) => getFact(s.context.progress, 'reflection', props.id)?.value.text ?? '');
  const save = usePlayer((s) => s.context.save);
  const [draft, setDraft] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const dirty = useRef(false);
  const uid = useId();

  // Another tab or the feuille de route may change the text: follow it unless the learner is typing.
  useEffect(() => {
    if (!dirty.current) setDraft(stored);
  }, [stored]);

  const commit = (text: string) => {
    clearTimeout(timer.current);
    dirty.current = false;
    player.send({ type: 'reflection.save', reflectionId: props.id, text });
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const savedNow = draft === stored && stored !== '' && save !== 'saving';
  return (
    <div className="reflection-field">
      <label htmlFor={uid} className="reflection-label">
        {props.label}
      </label>
      {props.hint && (
        <p className="hint" id={`${uid}-hint`}>
          {props.hint}
        </p>
      )}
      <textarea
        id={uid}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        value={draft}
        aria-describedby={`${props.hint ? `${uid}-hint ` : ''}${uid}-status`}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          dirty.current = true;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), SAVE_DELAY_MS);
        }}
        onBlur={() => dirty.current && commit(draft)}
      />
      <p className="reflection-status" id={`${uid}-status`} aria-live="polite">
        <span>{t('reflection.count', { count: draft.length, max: props.maxLength })}</span>
        {savedNow && save !== 'memory-only' && <span className="saved"> · {t('reflection.saved')}</span>}
      </p>
    </div>
  );
}
