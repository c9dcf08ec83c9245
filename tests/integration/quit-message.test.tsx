import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openedAsPopup } from '../../src/app/launch';
import { renderApp } from '../helpers/render-app';

/**
 * What « Quitter » tells a learner inside an LMS. In Moodle's « Current window » display the
 * course shares the tab with Moodle itself, so « fermer cette fenêtre » would close Moodle (or
 * do nothing): the learner is sent to the platform's own way back. Only a window that a script
 * opened (a popup) can be closed.
 */
beforeEach(() => {
  window.location.hash = '';
});
afterEach(() => {
  Reflect.deleteProperty(window, 'opener');
});

async function quit() {
  const user = userEvent.setup();
  renderApp({ inLms: true });
  await user.click(await screen.findByRole('button', { name: /Commencer le parcours 2\sh/ }));
  // The lesson view is a lazy chunk: its first load can take a while on a busy machine.
  await screen.findByRole('button', { name: 'Suivant' }, { timeout: 10_000 });
  await user.click(screen.getByRole('button', { name: 'Quitter' }));
  return screen.findByRole('heading', { level: 1, name: /progression est enregistrée/ });
}

describe('« Quitter » inside an LMS', () => {
  it('in the LMS’s own window, points to the platform’s way back and never says to close the window', async () => {
    const heading = await quit();
    expect(heading).toHaveTextContent('utilisez les boutons de la plateforme');
    expect(heading).not.toHaveTextContent(/fermer cette fenêtre/);
  }, 20_000);

  it('in a popup opened by the LMS, says the window can be closed', async () => {
    Object.defineProperty(window, 'opener', { value: window.parent, configurable: true });
    const heading = await quit();
    expect(heading).toHaveTextContent('Vous pouvez fermer cette fenêtre');
  }, 20_000);
});

describe('openedAsPopup', () => {
  const win = (props: Record<string, unknown>) => {
    const w = { opener: null, ...props } as Record<string, unknown>;
    w.top ??= w;
    return w as unknown as Window;
  };

  it('is true for a window opened by a script, or a frame inside one (Moodle’s « New window »)', () => {
    const lmsPage = win({});
    const popup = win({ opener: lmsPage });
    expect(openedAsPopup(popup)).toBe(true);
    expect(openedAsPopup(win({ top: popup }))).toBe(true);
  });

  it('is false for a frame of a tab the learner opened (Moodle’s « Current window »), or when the top cannot be read', () => {
    expect(openedAsPopup(win({ top: win({}) }))).toBe(false);
    const guarded = win({});
    Object.defineProperty(guarded, 'top', {
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    expect(openedAsPopup(guarded)).toBe(false);
  });
});
