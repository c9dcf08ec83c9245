import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { outline } from 'virtual:course';
import { initI18n } from '../i18n/i18n';
import { App } from './app';
import { compose } from './compose';
import { lessonIdFromHash, readLaunchConfig } from './launch';
import type { DeviceData } from '../components/device-data';
import { Player } from '../components/player-context';
import { applyTheme } from '../stores/theme';
import { useUi } from '../stores/ui';
import { registerServiceWorker } from './pwa';
import './dsfr';
import './styles.css';

const launch = readLaunchConfig();
const i18n = initI18n(outline.language);
const root = createRoot(document.getElementById('root')!);

// Paint the chosen theme before the first render, so a dark-theme learner sees no light flash.
applyTheme(useUi.getState().theme);

void compose(outline, launch).then(({ machine, store }) => {
  const device: DeviceData = { scope: launch.lms === 'none' ? 'browser' : 'lms', eraseProgress: () => store.erase() };
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Player.Provider
          logic={machine}
          options={{
            input: { outline, initialLessonId: lessonIdFromHash(window.location.hash), lockedTrack: launch.track },
          }}
        >
          <App inLms={launch.lms !== 'none'} device={device} />
        </Player.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
  registerServiceWorker();
});
