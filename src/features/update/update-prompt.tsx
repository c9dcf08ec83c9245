import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { setUpdateState, useUpdateState } from './update-state';

/** Waiting this long for the journal means storage is stuck: updating then loses nothing more. */
const MAX_WAIT_MS = 10_000;

/**
 * Offers a new version of the course. Accepting first flushes the current lesson's time and
 * waits until the journal has written everything, so the reload never drops an action.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const { offlineReady, apply } = useUpdateState();
  const saving = usePlayer((s) => s.context.save === 'saving');
  const [applying, setApplying] = useState(false);
  const [later, setLater] = useState(false);

  useEffect(() => {
    if (!applying || !apply) return;
    if (!saving) return apply();
    const timer = setTimeout(apply, MAX_WAIT_MS);
    return () => clearTimeout(timer);
  }, [applying, saving, apply]);

  if (apply && !later) {
    return (
      <div className="fr-alert fr-alert--info fr-alert--sm update-prompt" role="alert" data-update="available">
        <p>{t('update.available')}</p>
        <button
          type="button"
          className="fr-btn"
          disabled={applying}
          onClick={() => {
            player.send({ type: 'session.pause' });
            setApplying(true);
          }}
        >
          {t('update.apply')}
        </button>{' '}
        <button type="button" className="fr-btn fr-btn--tertiary-no-outline" onClick={() => setLater(true)}>
          {t('update.later')}
        </button>
      </div>
    );
  }
  if (offlineReady) {
    return (
      <div className="fr-alert fr-alert--success fr-alert--sm update-ready" role="status" data-update="offline-ready">
        <p>{t('update.offlineReady')}</p>
        <button
          type="button"
          className="fr-btn--close fr-btn"
          title={t('notices.dismiss')}
          onClick={() => setUpdateState({ offlineReady: false })}
        >
          {t('notices.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
