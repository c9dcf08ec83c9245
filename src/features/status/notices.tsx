import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';

/** Plain-language messages about storage and the platform; each can be dismissed. */
export function Notices() {
  const { t } = useTranslation();
  const notices = usePlayer((s) => s.context.notices);
  const player = usePlayerRef();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label={t('notices.title')}>
      {notices.map((n) => (
        <div key={n} className="notice" role="alert" data-notice={n}>
          <p>{t(`notices.${n}`)}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => player.send({ type: 'notice.dismiss', notice: n })}
          >
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
