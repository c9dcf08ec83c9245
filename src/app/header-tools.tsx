import { useTranslation } from 'react-i18next';
import { usePlayer, usePlayerRef } from '../components/player-context';
import { LanguageSwitch } from '../features/settings/language-switch';
import { currentTrack } from '../machines/context';
import { useUi } from '../stores/ui';

/**
 * The header's tool buttons, shown in the header on a wide screen and in the « Menu » dialog on
 * a narrow one. `onDone` closes that dialog once a tool has been used.
 */
export function HeaderTools({ onDone = () => {} }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const hasTrack = usePlayer((s) => currentTrack(s.context) !== null);
  const setPage = useUi((s) => s.setPage);
  const openSettings = useUi((s) => s.setSettingsOpen);
  return (
    <>
      <ul className="fr-btns-group">
        {hasTrack && (
          <li>
            <button
              type="button"
              className="fr-btn fr-icon-road-map-line"
              onClick={() => {
                onDone();
                setPage(null);
                player.send({ type: 'nav.map' });
              }}
            >
              {t('app.map')}
            </button>
          </li>
        )}
        <li>
          <button
            type="button"
            className="fr-btn fr-icon-theme-fill"
            aria-controls="display-settings"
            aria-haspopup="dialog"
            onClick={() => {
              onDone();
              openSettings(true);
            }}
          >
            {t('settings.title')}
          </button>
        </li>
      </ul>
      <LanguageSwitch onDone={onDone} />
    </>
  );
}

/**
 * « Quitter » inside an LMS: ends the session as the learner's own act (byLearner, so the LMS
 * records a suspend, not a timeout). It sits in the header bar at every width (next to « Menu »
 * on a narrow frame, see styles.css), never inside the « Menu » dialog: LMS frames are often
 * narrow, and leaving must stay one click away.
 */
export function QuitButton() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const quit = useUi((s) => s.setQuit);
  return (
    <button
      type="button"
      className="fr-btn fr-icon-logout-box-r-line"
      title={t('app.quit')}
      onClick={() => {
        player.send({ type: 'session.quit', byLearner: true });
        quit();
      }}
    >
      {t('app.quit')}
    </button>
  );
}
