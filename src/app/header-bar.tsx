import { LanguageSwitch } from '../features/settings/language-switch';
import { SaveStatusLine } from '../features/status/save-status-line';
import type { LmsStatus, SaveStatus } from '../machines/protocol';
import { useTranslation } from '../i18n/use-translation';

export interface HeaderBarProps {
  title: string;
  inLms: boolean;
  save: SaveStatus;
  lms: LmsStatus;
  onHome: () => void;
  /** Shown once a track is chosen. */
  onMap: (() => void) | null;
  /** Inside an LMS; null while the player is not running yet (the button shows, disabled). */
  onQuit: (() => void) | null;
}

/** The site header's markup, from data alone: prerendered with the home, then driven by Header. */
export function HeaderBar({ title, inLms, save, lms, onHome, onMap, onQuit }: HeaderBarProps) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <div className="header-inner">
        <p className="brand">
          <a
            href="#/"
            onClick={(e) => {
              e.preventDefault();
              onHome();
            }}
          >
            {title}
          </a>
        </p>
        <nav aria-label={t('app.nav')}>
          <ul>
            <li>
              <button type="button" className="link-button" onClick={onHome}>
                {t('app.home')}
              </button>
            </li>
            {onMap && (
              <li>
                <button type="button" className="link-button" onClick={onMap}>
                  {t('app.map')}
                </button>
              </li>
            )}
            {inLms && (
              <li>
                <button type="button" className="link-button" disabled={!onQuit} onClick={() => onQuit?.()}>
                  {t('app.quit')}
                </button>
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitch />
        <SaveStatusLine save={save} lms={lms} />
      </div>
    </header>
  );
}
