import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

beforeEach(() => {
  window.location.hash = '';
});

describe('a practice quiz', () => {
  it('records the first answer only; a later try is checked on screen and said to be practice', async () => {
    const user = userEvent.setup();
    const { store, outline } = renderApp();
    await user.click(await screen.findByRole('button', { name: /Commencer le parcours 2\u00A0h/ }));
    const question = (await screen.findAllByRole('group')).find((f) => f.classList.contains('question'))!;
    const q = outline.steps[0]!.lessons[0]!.questions[0]!;
    const radios = within(question).getAllByRole('radio');
    // Pick a wrong option first (its label is the option's position in the learner's order).
    const wrongIndex = radios.findIndex((r) => !q.correct.some((id: string) => r.id.endsWith(`-${id}`)));
    await user.click(radios[wrongIndex]!);
    await user.click(within(question).getByRole('button', { name: 'Valider' }));
    expect(within(question).getByText('Réponse incorrecte', { selector: 'strong' })).toBeInTheDocument();

    await user.click(within(question).getByRole('button', { name: 'Modifier ma réponse' }));
    expect(within(question).getByText(/C’est un entraînement|C'est un entraînement/)).toBeInTheDocument();
    const rightIndex = radios.findIndex((r) => q.correct.some((id: string) => r.id.endsWith(`-${id}`)));
    await user.click(within(question).getAllByRole('radio')[rightIndex]!);
    await user.click(within(question).getByRole('button', { name: 'Valider' }));
    expect(within(question).getByText(/Nouvel essai, non enregistré/)).toBeInTheDocument();
    expect(within(question).getByText('Bonne réponse', { selector: 'strong' })).toBeInTheDocument();

    await waitFor(async () => {
      const saved = (await store.load(outline.id)).facts.find((f) => f.kind === 'answer' && f.key === q.id);
      expect(saved?.value).toMatchObject({ correct: false, attempts: 1 });
    });
  });
});
