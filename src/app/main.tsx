import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../i18n/use-translation';
import { outline } from 'virtual:course';
import { changeLanguage, initI18n } from '../i18n/i18n';
import { App } from './app';
import { compose } from './compose';
import { lessonIdFromHash, readLaunchConfig } from './launch';
import { Player } from '../components/player-context';
import { registerServiceWorker } from './pwa';
import './styles.css';

const launch = readLaunchConfig();
const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);

// A course authored in another language waits for its UI strings before the first render.
const strings = outline.language === 'fr' ? Promise.resolve() : changeLanguage(i18n, outline.language);

void Promise.all([compose(outline, launch), strings]).then(([{ machine }]) => {
  root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <Player.Provider
          logic={machine}
          options={{
            input: { outline, initialLessonId: lessonIdFromHash(window.location.hash), lockedTrack: launch.track },
          }}
        >
          <App inLms={launch.lms !== 'none'} />
        </Player.Provider>
      </I18nProvider>
    </StrictMode>,
  );
  registerServiceWorker();
});
