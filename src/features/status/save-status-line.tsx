import type { LmsStatus, SaveStatus } from '../../machines/protocol';
import { useTranslation } from '../../i18n/use-translation';
import { setUpdateState, useUpdateState } from '../update/update-state';

/**
 * A discreet, always-visible line saying whether the learner's work is safe, and, once every file
 * is precached, « Disponible hors connexion »: a button that shows the one-time offline message
 * again (it is shown once, then only on request).
 */
export function SaveStatusLine({ save, lms }: { save: SaveStatus; lms: LmsStatus }) {
  const { t } = useTranslation();
  const { offlineAvailable } = useUpdateState();
  const text =
    save === 'memory-only'
      ? t('status.memory')
      : save === 'saving'
        ? t('status.saving')
        : save === 'saved'
          ? t('status.saved')
          : '';
  return (
    <div className="save-status">
      <p role="status" aria-live="polite" data-save-status={save} data-lms-status={lms}>
        {text && <span className={save === 'memory-only' ? 'save-memory-only' : 'save-ok'}>{text}</span>}
        {lms === 'pending' && <span className="lms-pending"> · {t('status.lmsPending')}</span>}
      </p>
      {offlineAvailable && (
        <button
          type="button"
          className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-success-line fr-btn--icon-left"
          title={t('chrome.offlineAbout')}
          onClick={() => setUpdateState({ offlineReady: true })}
        >
          {t('chrome.offlineAvailable')}
        </button>
      )}
    </div>
  );
}
