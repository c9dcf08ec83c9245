import { useRef, useState, type MouseEvent } from 'react';
import { useModal } from '../components/dialog';
import { SaveStatusLine } from '../features/status/save-status-line';
import type { LmsStatus, SaveStatus } from '../machines/protocol';
import { useTranslation } from '../i18n/use-translation';
import { HeaderTools, QuitButton } from './header-tools';
import { MINISTRY, MinistryLogo } from './ministry-logo';

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

/**
 * The DSFR header from data alone (prerendered with the home, then driven by Header): bloc-marque
 * of the Ministère de l'Éducation nationale, the service name, and the tools (Plan du parcours,
 * Langue, Paramètres d'affichage; Quitter inside an LMS). Below 62em the tools move into a « Menu »
 * dialog, so a phone shows one row: logo, service, menu. Inside an LMS the header is compact: no
 * tagline, since the platform frames and names the course.
 */
export function HeaderBar({ title, inLms, save, lms, onHome, onMap, onQuit }: HeaderBarProps) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menu = useRef<HTMLDialogElement>(null);
  useModal(menu, menuOpen);
  const goHome = (e: MouseEvent) => {
    e.preventDefault();
    onHome();
  };
  const skipTo = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <header role="banner" className={`fr-header${inLms ? ' fr-header--lms' : ''}`}>
      <div className="fr-skiplinks">
        <nav className="fr-container" aria-label={t('chrome.skipLinks')}>
          <ul className="fr-skiplinks__list">
            <li>
              <a className="fr-link" href="#main" onClick={skipTo('main')}>
                {t('app.skip')}
              </a>
            </li>
            <li>
              <a className="fr-link" href="#footer" onClick={skipTo('footer')}>
                {t('chrome.skipFooter')}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <MinistryLogo />
                </div>
                <div className="fr-header__navbar">
                  {inLms && <QuitButton onQuit={onQuit} />}
                  <button
                    type="button"
                    id="header-menu-button"
                    className="fr-btn--menu fr-btn"
                    aria-controls="header-menu"
                    aria-haspopup="dialog"
                    title={t('chrome.menu')}
                    onClick={() => setMenuOpen(true)}
                  >
                    {t('chrome.menu')}
                  </button>
                </div>
              </div>
              <div className="fr-header__service">
                <a href="#/" title={`${t('app.home')} - ${title} - ${MINISTRY.join(' ')}`} onClick={goHome}>
                  <p className="fr-header__service-title brand">{title}</p>
                </a>
                {!inLms && <p className="fr-header__service-tagline">{t('chrome.tagline')}</p>}
                <SaveStatusLine save={save} lms={lms} />
              </div>
            </div>
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <HeaderTools onMap={onMap} />
              </div>
            </div>
          </div>
        </div>
      </div>
      <dialog
        ref={menu}
        id="header-menu"
        className={`fr-header__menu fr-modal${menuOpen ? ' fr-modal--opened' : ''}`}
        aria-labelledby="header-menu-button"
        onClose={() => setMenuOpen(false)}
      >
        {menuOpen && (
          <div className="fr-container">
            <button
              type="button"
              className="fr-btn--close fr-btn"
              aria-controls="header-menu"
              title={t('chrome.close')}
              onClick={() => setMenuOpen(false)}
            >
              {t('chrome.close')}
            </button>
            <div className="fr-header__menu-links">
              <HeaderTools onMap={onMap} onDone={() => setMenuOpen(false)} />
            </div>
          </div>
        )}
      </dialog>
    </header>
  );
}
