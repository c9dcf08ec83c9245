import { lazy, Suspense } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Dialog } from '../../components/dialog';
import { useUi } from '../../stores/ui';

// The panel's content (theme choice, erase) is a chunk of its own: the first screen needs only the shell.
const SettingsPanel = lazy(() => import('./settings-panel').then((m) => ({ default: m.SettingsPanel })));

/** DSFR « Paramètres d'affichage », opened from the header's tools or the footer. */
export function DisplaySettings() {
  const { t } = useTranslation();
  const open = useUi((s) => s.settingsOpen);
  const setOpen = useUi((s) => s.setSettingsOpen);
  return (
    <Dialog
      id="display-settings"
      open={open}
      onClose={() => setOpen(false)}
      title={t('settings.title')}
      closeLabel={t('chrome.close')}
    >
      <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
        <SettingsPanel />
      </Suspense>
    </Dialog>
  );
}
