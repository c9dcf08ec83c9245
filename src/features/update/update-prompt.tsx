import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { setUpdateState, useUpdateState } from './update-state';
import { UpdateToasts } from './update-toasts';

/**
 * Offers a new version of the course, and says once that it is ready offline, in the floating
 * update box (update-toasts.tsx). Accepting hands over to the player machine, which flushes the
 * current lesson's time and reloads once the journal has written everything (its `update`
 * region), so the reload never drops an action.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const { offlineReady, apply } = useUpdateState();
  const applying = usePlayer(
    (s) => s.matches({ ready: { update: 'waiting' } }) || s.matches({ ready: { update: 'applying' } }),
  );
  const [later, setLater] = useState(false);

  const available = apply && !later && (
    <div className="fr-alert fr-alert--info fr-alert--sm update-prompt" data-update="available">
      <p>{t('update.available')}</p>
      <button
        type="button"
        className="fr-btn"
        disabled={applying}
        onClick={() => player.send({ type: 'update.apply' })}
      >
        {t('update.apply')}
      </button>{' '}
      <button type="button" className="fr-btn fr-btn--tertiary-no-outline" onClick={() => setLater(true)}>
        {t('update.later')}
      </button>
    </div>
  );
  // One message at a time, the offer first: the box stays small over the page.
  const ready = offlineReady && !available && (
    <div className="fr-alert fr-alert--success fr-alert--sm update-ready" data-update="offline-ready">
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
  return <UpdateToasts available={available} ready={ready} />;
}
