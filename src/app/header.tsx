import { useTranslation } from 'react-i18next';
import { currentTrack } from '../progress/selectors';
import { LanguageSwitch } from '../features/settings/language-switch';
import { SaveStatus } from '../features/status/save-status';
import { usePlayer, usePlayerRef } from '../components/player-context';

export function Header({ inLms }: { inLms: boolean }) {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const title = usePlayer((s) => s.context.outline.title);
  const hasTrack = usePlayer((s) => currentTrack(s.context.progress) !== null);
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
              player.send({ type: 'nav.home' });
            }}
          >
            {title}
          </a>
        </p>
        <nav aria-label={t('app.nav')}>
          <ul>
            <li>
              <button type="button" className="link-button" onClick={() => player.send({ type: 'nav.home' })}>
                {t('app.home')}
              </button>
            </li>
            {hasTrack && (
              <li>
                <button type="button" className="link-button" onClick={() => player.send({ type: 'nav.map' })}>
                  {t('app.map')}
                </button>
              </li>
            )}
            {inLms && (
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => player.send({ type: 'session.quit', byLearner: true })}
                >
                  {t('app.quit')}
                </button>
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitch />
        <SaveStatus />
      </div>
    </header>
  );
}
