import type { LmsStatus, SaveStatus } from '../../machines/protocol';
import { useTranslation } from '../../i18n/use-translation';

/** A discreet, always-visible line saying whether the learner's work is safe. */
export function SaveStatusLine({ save, lms }: { save: SaveStatus; lms: LmsStatus }) {
  const { t } = useTranslation();
  const text =
    save === 'memory-only'
      ? t('status.memory')
      : save === 'saving'
        ? t('status.saving')
        : save === 'saved'
          ? t('status.saved')
          : '';
  return (
    <p className="save-status" role="status" aria-live="polite" data-save-status={save} data-lms-status={lms}>
      {text && <span className={`save-${save}`}>{text}</span>}
      {lms === 'pending' && <span className="lms-pending"> · {t('status.lmsPending')}</span>}
    </p>
  );
}
