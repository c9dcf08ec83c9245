import { getDefaultNormalizer, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../src/services/progress/port';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import { renderApp } from '../helpers/render-app';

beforeEach(() => {
  window.location.hash = '';
});

describe('the player in French', () => {
  it('offers the three tracks with their duration and promise', async () => {
    const { outline } = renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Alliances & Territoires' })).toBeInTheDocument();
    for (const hours of ['2', '4', '12']) {
      expect(
        screen.getByRole('button', { name: new RegExp(`Commencer le parcours ${hours}\\u00A0h`) }),
      ).toBeInTheDocument();
    }
    // Compare as typeset: the default normalizer would turn the no-break spaces into plain ones.
    const exact = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
    for (const track of outline.tracks) expect(screen.getByText(track.promise, exact)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reprendre' })).not.toBeInTheDocument();
  });

  it('opens the first lesson of 2 h with its step, position and navigation', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Commencer le parcours 2\u00A0h/ }));
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1).toHaveTextContent('De l’échange à l’alliance');
    // The DSFR stepper: the step's title, « Étape 1 sur 7 », and what comes next.
    expect(screen.getByText(/^Pourquoi faire alliance\s\?$/)).toBeInTheDocument();
    expect(screen.getByText('Étape 1 sur 7')).toBeInTheDocument();
    expect(screen.getByText(/Leçon 1 sur \d+/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Précédent' })).toBeDisabled();
    await waitFor(() => expect(h1).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('De l’échange à l’alliance'),
    );
    expect(screen.getByText(/Leçon 2 sur/)).toBeInTheDocument();
  });

  // A dozen clicks through user-event: slow on a busy machine, not a timing check.
  it(
    'shows per-option feedback once a quiz answer is checked, and completes the lesson',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      renderApp();
      await user.click(await screen.findByRole('button', { name: /Commencer le parcours 2\u00A0h/ }));
      const fieldsets = await screen.findAllByRole('group');
      const question = fieldsets.find((f) => f.tagName === 'FIELDSET' && f.classList.contains('question'))!;
      await user.click(within(question).getByRole('button', { name: 'Valider' }));
      expect(within(question).getByText('Sélectionnez au moins une réponse avant de valider.')).toBeInTheDocument();
      await user.click(within(question).getAllByRole('radio')[0]!);
      await user.click(within(question).getByRole('button', { name: 'Valider' }));
      expect(
        within(question).getByText(/Bonne réponse|Réponse incorrecte/, { selector: 'strong' }),
      ).toBeInTheDocument();
      expect(within(question).getAllByText('bonne réponse').length).toBeGreaterThan(0);
      expect(within(question).getByRole('button', { name: 'Modifier ma réponse' })).toBeInTheDocument();

      // The lesson is read to its end (jsdom has no IntersectionObserver); once every question is
      // answered, right or wrong, the course map shows it complete.
      const title = screen.getByRole('heading', { level: 1 }).textContent!;
      const others = screen.getAllByRole('group').filter((f) => f.tagName === 'FIELDSET' && f !== question);
      expect(others.length).toBeGreaterThan(0);
      for (const q of others) {
        await user.click(within(q).getAllByRole('radio')[0]!);
        await user.click(within(q).getByRole('button', { name: 'Valider' }));
      }
      await user.click(screen.getByRole('button', { name: 'Plan du parcours' }));
      const item = (await screen.findByRole('link', { name: title })).closest('li')!;
      // The map shows each lesson's status as a DSFR badge.
      expect(within(item).getByText('terminée')).toHaveClass('fr-badge');
      expect(screen.getByText(/^1 leçon terminée sur \d+$/)).toBeInTheDocument();
    },
  );

  it('lists the 7 steps with their progress on the course map', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: /Commencer le parcours 4\u00A0h/ }));
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Plan du parcours' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan du parcours' })).toBeInTheDocument();
    const steps = screen.getAllByRole('heading', { level: 2 }).filter((h) => /^Étape \d/.test(h.textContent ?? ''));
    expect(steps).toHaveLength(7);
    expect(screen.getByText('Parcours 4 h · Se positionner')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Passer au parcours 12\u00A0h' })).toBeInTheDocument();
  });

  it('switches to English', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByTitle('Sélectionner une langue'));
    await user.click(screen.getByRole('button', { name: 'EN - English' }));
    expect(await screen.findByRole('heading', { name: 'Choose your track' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Start the 2\u00A0h track/ })).toBeInTheDocument();
  });

  it('tells the learner plainly when progress cannot be kept, and goes on', async () => {
    const user = userEvent.setup();
    const broken = new MemoryProgressStore();
    broken.put = async () => {
      throw new StorageError('quota', 'full');
    };
    renderApp({ store: broken });
    await user.click(await screen.findByRole('button', { name: /Commencer le parcours 2\u00A0h/ }));
    expect(await screen.findByText(/L’espace de stockage de votre navigateur est plein/)).toBeInTheDocument();
    expect(screen.getByText('Non conservé sur cet appareil')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(screen.getByText(/Leçon 2 sur/)).toBeInTheDocument();
  });

  it('offers « Reprendre » when progress exists', async () => {
    const store = new MemoryProgressStore();
    await store.put('alliances-territoires', '1.0.0', [
      { kind: 'track', key: 'track', at: 1, value: '2h' },
      { kind: 'bookmark', key: 'bookmark', at: 1, value: 's2-qui-fait-quoi' },
    ]);
    const user = userEvent.setup();
    renderApp({ store });
    await user.click(await screen.findByRole('button', { name: 'Reprendre' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/qui fait quoi/i);
  });
});
