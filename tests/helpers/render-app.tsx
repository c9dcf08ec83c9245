import { render } from '@testing-library/react';
import { I18nProvider } from '../../src/i18n/use-translation';
import { outline } from 'virtual:course';
import { App } from '../../src/app/app';
import { providePlayer } from '../../src/app/compose';
import { Player } from '../../src/components/player-context';
import type { Notice } from '../../src/machines/protocol';
import { initI18n } from '../../src/i18n/i18n';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import type { ProgressStore } from '../../src/services/progress/port';

/**
 * Renders the real app on the real course, with an in-memory (or given) progress store.
 * `inLms` renders the LMS chrome (« Quitter ») without an LMS connection.
 */
export function renderApp(opts: { store?: ProgressStore; notices?: Notice[]; inLms?: boolean } = {}) {
  const store = opts.store ?? new MemoryProgressStore();
  const machine = providePlayer(outline, store, { startup: opts.notices ?? [] });
  const i18n = initI18n();
  const view = render(
    <I18nProvider i18n={i18n}>
      <Player.Provider logic={machine} options={{ input: { outline } }}>
        <App inLms={opts.inLms ?? false} device={{ scope: 'browser', eraseProgress: () => store.erase() }} />
      </Player.Provider>
    </I18nProvider>,
  );
  return { ...view, store, outline, i18n };
}
