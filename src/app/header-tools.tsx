import { useTranslation } from '../i18n/use-translation';
import { LanguageSwitch } from '../features/settings/language-switch';
import { useUi } from '../stores/ui';

/**
 * The header's tool buttons, shown in the header on a wide screen and in the « Menu » dialog on
 * a narrow one. `onMap` is null until a track is chosen; `onDone` closes that dialog once a tool
 * has been used.
 */
export function HeaderTools({ onMap, onDone = () => {} }: { onMap: (() => void) | null; onDone?: () => void }) {
  const { t } = useTranslation();
  const openSettings = useUi((s) => s.setSettingsOpen);
  return (
    <>
      <ul className="fr-btns-group">
        {onMap && (
          <li>
            <button
              type="button"
              className="fr-btn fr-icon-road-map-line"
              onClick={() => {
                onDone();
                onMap();
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
 * « Quitter » inside an LMS: ends the session as the learner's own act (`session.quit` with
 * byLearner, so the LMS records a suspend, not a timeout; the machine's `closed` state then shows
 * the quit view). It sits in the header bar at every width (next to « Menu » on a narrow frame,
 * see styles.css), never inside the « Menu » dialog: LMS frames are often narrow, and leaving
 * must stay one click away. Disabled (null) while the player is not running yet.
 */
export function QuitButton({ onQuit }: { onQuit: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="fr-btn fr-icon-logout-box-r-line"
      title={t('app.quit')}
      disabled={!onQuit}
      onClick={() => onQuit?.()}
    >
      {t('app.quit')}
    </button>
  );
}
