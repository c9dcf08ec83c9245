import { useTranslation } from '../../i18n/use-translation';
import { usePlayer, usePlayerRef } from '../../components/player-context';
import { currentTrack } from '../../progress/selectors';
import { useUi } from '../../stores/ui';

/** « Plan du site »: every place of the service, the steps of the course included. */
export function SiteMap() {
  const { t } = useTranslation();
  const player = usePlayerRef();
  const outline = usePlayer((s) => s.context.outline);
  const hasTrack = usePlayer((s) => currentTrack(s.context.progress) !== null);
  const setPage = useUi((s) => s.setPage);
  const openSettings = useUi((s) => s.setSettingsOpen);
  const go = (event: { type: 'nav.home' } | { type: 'nav.map' }) => (e: React.MouseEvent) => {
    e.preventDefault();
    setPage(null);
    player.send(event);
  };
  return (
    <nav aria-label={t('legal.siteMap')}>
      <ul>
        <li>
          <a href="#/" onClick={go({ type: 'nav.home' })}>
            {t('app.home')}
          </a>
          <ul>
            <li>{t('home.chooseTrack')}</li>
          </ul>
        </li>
        <li>
          {hasTrack ? (
            <a href="#/plan" onClick={go({ type: 'nav.map' })}>
              {t('app.map')}
            </a>
          ) : (
            t('app.map')
          )}
          <ol>
            {outline.steps.map((s) => (
              <li key={s.id}>
                {t('map.step', { n: s.number })} · {s.title}
              </li>
            ))}
          </ol>
        </li>
        <li>
          <button
            type="button"
            className="fr-link"
            aria-controls="display-settings"
            aria-haspopup="dialog"
            onClick={() => openSettings(true)}
          >
            {t('settings.title')}
          </button>
        </li>
        <li>
          <a href="#/mentions-legales">{t('legal.notice')}</a>
        </li>
        <li>
          <a href="#/accessibilite">{t('legal.accessibility')}</a>
        </li>
        <li>
          <a href="#/donnees-personnelles">{t('legal.personalData')}</a>
        </li>
      </ul>
    </nav>
  );
}
