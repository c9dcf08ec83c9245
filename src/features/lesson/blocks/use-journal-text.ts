import { useEffect, useRef, useState } from 'react';
import { registerDraft } from '../../../components/pending-drafts';
import { usePlayer, usePlayerRef } from '../../../components/player-context';
import { getFact } from '../../../progress/facts';

const SAVE_DELAY_MS = 600;

/**
 * A journal text being edited: the stored text, the learner's draft, and when the draft reaches
 * the journal. Typing saves after a short pause and on `flush` (leaving the field); another tab
 * or the feuille de route may change the stored text, which the draft follows unless the learner
 * is typing. `savedNow` is true only once the journal holds exactly the draft. A draft still
 * waiting for its pause is also saved when the page hides or goes away (registered with
 * pending-drafts) and when the field leaves the screen: text typed just before closing the tab
 * must not be lost (issue 8, item 1).
 */
export function useJournalText(id: string) {
  const player = usePlayerRef();
  const stored = usePlayer((s) => getFact(s.context.progress, 'reflection', id)?.value.text ?? '');
  const save = usePlayer((s) => s.context.save);
  const [draft, setDraft] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const dirty = useRef(false);
  const latest = useRef(draft);

  useEffect(() => {
    if (!dirty.current) setDraft(stored);
  }, [stored]);
  useEffect(() => {
    const flushPending = () => {
      if (!dirty.current) return;
      clearTimeout(timer.current);
      dirty.current = false;
      player.send({ type: 'reflection.save', reflectionId: id, text: latest.current });
    };
    const unregister = registerDraft(flushPending);
    return () => {
      unregister();
      flushPending();
    };
  }, [player, id]);

  const commit = (text: string) => {
    clearTimeout(timer.current);
    dirty.current = false;
    player.send({ type: 'reflection.save', reflectionId: id, text });
  };

  return {
    stored,
    draft,
    /** The learner typed: show it now, save it after a pause. */
    edit(text: string) {
      latest.current = text;
      setDraft(text);
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(text), SAVE_DELAY_MS);
    },
    /** The learner left the field: save now if anything is pending. */
    flush() {
      if (dirty.current) commit(draft);
    },
    /** Save `text` at once (a button, not typing). */
    commit,
    savedNow: draft === stored && stored !== '' && save !== 'saving',
    memoryOnly: save === 'memory-only',
  };
}
