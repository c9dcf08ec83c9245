import type { LmsStatus, SaveStatus } from '../../machines/protocol';
import { useTranslation } from '../../i18n/use-translation';
import { setUpdateState, useUpdateState } from '../update/update-state';

/**
 * A discreet, always-visible line saying whether the learner's work is safe, and, once every file
 * is precached (standalone build only), « Disponible hors connexion »: a button that shows the one-time offline message
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
      {/* In the standalone build the button holds its place (invisible, out of the tab order and the
          accessibility tree) until the worker is ready: appearing seconds after the first paint,
          it would otherwise wrap the status line and shift the header. */}
      {__BUILD_TARGET__ === 'web' && (
        <button
          type="button"
          className={`fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-success-line fr-btn--icon-left${offlineAvailable ? '' : ' save-offline-pending'}`}
          title={t('chrome.offlineAbout')}
          onClick={() => setUpdateState({ offlineReady: true })}
        >
          {t('chrome.offlineAvailable')}
        </button>
      )}
    </div>
  );
}
