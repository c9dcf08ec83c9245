import { StrictMode, useLayoutEffect } from 'react';
import type { Root } from 'react-dom/client';
import type { i18n as I18n } from 'i18next';
import { outline } from 'virtual:course';
import { I18nProvider } from '../i18n/use-translation';
import type { LaunchConfig } from '../services/lms/port';
import type { DeviceData } from '../components/device-data';
import { Player } from '../components/player-context';
import { App } from './app';
import { compose } from './compose';
import { lessonIdFromHash } from './launch';
import { registerServiceWorker } from './pwa';

export interface StartOptions {
  root: Root;
  i18n: I18n;
  launch: LaunchConfig;
  /** Called as the player's app replaces the first screen (the page stops being the boot page). */
  onTakeover: () => void;
}

/**
 * The player's chunk, loaded by the entry right away: the machine (xstate), the composition
 * root with storage and LMS adapters, and the full outline. Renders the app over the first screen.
 */
export async function startPlayer({ root, i18n, launch, onTakeover }: StartOptions): Promise<void> {
  const { machine, store } = await compose(outline, launch);
  const device: DeviceData = { scope: launch.lms === 'none' ? 'browser' : 'lms', eraseProgress: () => store.erase() };
  root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <Player.Provider
          logic={machine}
          options={{
            input: { outline, initialLessonId: lessonIdFromHash(window.location.hash), lockedTrack: launch.track },
          }}
        >
          <App inLms={launch.lms !== 'none'} device={device} />
          <OnCommit run={onTakeover} />
        </Player.Provider>
      </I18nProvider>
    </StrictMode>,
  );
  registerServiceWorker();
}

/** Runs once the app's first render is in the DOM, before the browser paints it. */
function OnCommit({ run }: { run: () => void }) {
  useLayoutEffect(() => {
    run();
  }, [run]);
  return null;
}
