import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import type { Notice } from '../../machines/protocol';

/**
 * How serious each message is, as a DSFR alert class (written whole: the build keeps only the
 * DSFR classes it finds in the source): lost work is an error, a risk a warning.
 */
const SEVERITY: Record<Notice, 'fr-alert--info' | 'fr-alert--warning' | 'fr-alert--error'> = {
  'storage-unavailable': 'fr-alert--warning',
  'storage-quota': 'fr-alert--error',
  'storage-corrupt': 'fr-alert--warning',
  'course-updated': 'fr-alert--info',
  'lms-missing': 'fr-alert--error',
  'lms-pending': 'fr-alert--warning',
  'reflections-local-only': 'fr-alert--info',
  'lms-review': 'fr-alert--info',
  'assessment-unscorable': 'fr-alert--warning',
  'answers-local-only': 'fr-alert--info',
};

/** Plain-language messages about storage and the platform, as DSFR alerts; each can be dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const notices = usePlayer((s) => s.context.notices);
  const player = usePlayerRef();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('notices.title')}>
      {notices.map((n) => (
        <div key={n} className={`fr-alert ${SEVERITY[n]} fr-alert--sm`} role="alert" data-notice={n}>
          <p>{t(`notices.${n}`)}</p>
          <button
            type="button"
            className="fr-btn--close fr-btn"
            title={t('notices.dismiss')}
            onClick={() => player.send({ type: 'notice.dismiss', notice: n })}
          >
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
