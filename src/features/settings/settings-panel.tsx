import { useTranslation } from '../../i18n/use-translation';
import moon from '@gouvfr/dsfr/dist/artwork/pictograms/environment/moon.svg?no-inline';
import sun from '@gouvfr/dsfr/dist/artwork/pictograms/environment/sun.svg?no-inline';
import system from '@gouvfr/dsfr/dist/artwork/pictograms/system/system.svg?no-inline';
import '@gouvfr/dsfr/dist/component/form/form.main.css';
import '@gouvfr/dsfr/dist/component/radio/radio.main.css';
import '@gouvfr/dsfr/dist/component/display/display.css';
import { THEMES, type Theme } from '../../stores/theme';
import { useUi } from '../../stores/ui';
import { EraseProgress } from './erase-progress';

// DSFR pictograms are SVG sprites read with <use href>, so they must stay files (never data: URLs).
const PICTOGRAMS: Record<Theme, string> = { light: sun, dark: moon, system };

/** The content of « Paramètres d'affichage »: the DSFR theme choice, then the erase control. */
export function SettingsPanel() {
  const { t } = useTranslation();
  const theme = useUi((s) => s.theme);
  const setTheme = useUi((s) => s.setTheme);
  return (
    <>
      <div className="fr-display">
        <fieldset className="fr-fieldset" id="display-fieldset" aria-labelledby="display-legend">
          <legend className="fr-fieldset__legend--regular fr-fieldset__legend" id="display-legend">
            {t('settings.themeLegend')}
          </legend>
          {THEMES.map((th) => (
            <div className="fr-fieldset__element" key={th}>
              <div className="fr-radio-group fr-radio-rich">
                <input
                  type="radio"
                  id={`theme-${th}`}
                  name="theme"
                  value={th}
                  checked={theme === th}
                  onChange={() => setTheme(th)}
                />
                <label className="fr-label" htmlFor={`theme-${th}`}>
                  {t(`settings.${th}`)}
                  {th === 'system' && <span className="fr-hint-text">{t('settings.systemHint')}</span>}
                </label>
                <div className="fr-radio-rich__pictogram">
                  <svg aria-hidden="true" className="fr-artwork" viewBox="0 0 80 80" width="80px" height="80px">
                    <use className="fr-artwork-decorative" href={`${PICTOGRAMS[th]}#artwork-decorative`} />
                    <use className="fr-artwork-minor" href={`${PICTOGRAMS[th]}#artwork-minor`} />
                    <use className="fr-artwork-major" href={`${PICTOGRAMS[th]}#artwork-major`} />
                  </svg>
                </div>
              </div>
            </div>
          ))}
        </fieldset>
      </div>
      <EraseProgress />
    </>
  );
}
