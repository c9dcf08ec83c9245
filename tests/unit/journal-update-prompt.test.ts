import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setUpdateState } from '../../src/features/update/update-state';
import type { Fact } from '../../src/progress/facts';
import type { ProgressStore } from '../../src/services/progress/port';
import { renderApp } from '../helpers/render-app';

/** An IndexedDB-like store whose writes complete only when the test releases them. */
function gatedStore() {
  const pending: (() => void)[] = [];
  const store: ProgressStore = {
    kind: 'indexeddb',
    load: async () => ({ facts: [], corrupt: 0 }),
    put: (_c: string, _v: string, _f: Fact[]) => new Promise<void>((ok) => pending.push(ok)),
    erase: async () => {},
    watch: () => () => {},
  };
  return { store, release: () => pending.splice(0).forEach((ok) => ok()) };
}

beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  act(() => setUpdateState({ offlineReady: false, apply: null }));
});

describe('« Mettre à jour » and the journal', () => {
  it('reloads into the new version only once the journal has written everything', async () => {
    const user = userEvent.setup();
    const { store, release } = gatedStore();
    renderApp({ store });
    await user.click(await screen.findByRole('button', { name: /Commencer le parcours 2\u00A0h/ }));
    expect(await screen.findByText('Enregistrement…')).toBeInTheDocument();

    const apply = vi.fn();
    act(() => setUpdateState({ apply }));
    expect(screen.getByText(/Une nouvelle version du parcours est disponible/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    // Still writing: the reload would lose those facts, so it waits.
    expect(apply).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Mettre à jour' })).toBeDisabled();

    await act(async () => release());
    // The click also flushed the lesson's time; release that write too.
    await waitFor(() => {
      release();
      expect(apply).toHaveBeenCalledTimes(1);
    });
  });

  it('« Plus tard » hides the offer, and the offline notice can be closed', async () => {
    const user = userEvent.setup();
    renderApp({ store: gatedStore().store });
    await screen.findByRole('heading', { level: 1 });
    act(() => setUpdateState({ offlineReady: true, apply: vi.fn() }));
    await user.click(screen.getByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByText(/Une nouvelle version/)).not.toBeInTheDocument();
    expect(screen.getByText('Le parcours est prêt à être suivi hors connexion.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fermer ce message' }));
    expect(screen.queryByText(/prêt à être suivi hors connexion/)).not.toBeInTheDocument();
  });
});
