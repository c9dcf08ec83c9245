import { useTranslation } from '../i18n/use-translation';
import { ExternalLink } from '../components/rich-text';
import { useUi } from '../stores/ui';
import { MinistryLogo } from './ministry-logo';

/** The State's institutional sites, as every DSFR footer lists them. */
const STATE_SITES = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'] as const;

/**
 * The DSFR footer: bloc-marque, what the service is, the State's sites (standalone only: inside an
 * LMS they would lead the learner out of the platform's frame), and the pages a public service
 * must have, with « Paramètres d'affichage ». The accessibility link states the conformance level
 * the statement declares (see features/legal).
 */
export function Footer({ inLms }: { inLms: boolean }) {
  const { t } = useTranslation();
  const openSettings = useUi((s) => s.setSettingsOpen);
  return (
    <footer className="fr-footer" role="contentinfo" id="footer" tabIndex={-1}>
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand">
            <MinistryLogo />
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">{t('chrome.footerDesc')}</p>
            {!inLms && (
              <ul className="fr-footer__content-list">
                {STATE_SITES.map((site) => (
                  <li key={site} className="fr-footer__content-item">
                    <ExternalLink href={`https://www.${site}`} className="fr-footer__content-link">
                      {site}
                    </ExternalLink>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="#/plan-du-site">
                {t('legal.siteMap')}
              </a>
            </li>
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="#/accessibilite">
                {t('legal.accessibilityLink')}
              </a>
            </li>
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="#/mentions-legales">
                {t('legal.notice')}
              </a>
            </li>
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="#/donnees-personnelles">
                {t('legal.personalData')}
              </a>
            </li>
            <li className="fr-footer__bottom-item">
              <button
                type="button"
                className="fr-footer__bottom-link fr-icon-theme-fill fr-btn--icon-left"
                aria-controls="display-settings"
                aria-haspopup="dialog"
                onClick={() => openSettings(true)}
              >
                {t('settings.title')}
              </button>
            </li>
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>{t('chrome.licence')}</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
