import { useTranslation } from '../../i18n/use-translation';
import { usePlayer } from '../../components/player-context';

/** A discreet, always-visible line saying whether the learner's work is safe. */
export function SaveStatus() {
  const { t } = useTranslation();
  const save = usePlayer((s) => s.context.save);
  const lms = usePlayer((s) => s.context.lms);
  const text =
    save === 'memory-only'
      ? t('status.memory')
      : save === 'saving'
        ? t('status.saving')
        : save === 'saved'
          ? t('status.saved')
          : '';
  return (
    <p className="save-status" role="status" aria-live="polite">
      {text && <span className={`save-${save}`}>{text}</span>}
      {lms === 'pending' && <span className="lms-pending"> · {t('status.lmsPending')}</span>}
    </p>
  );
}
