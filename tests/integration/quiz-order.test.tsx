import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { I18nProvider } from '../../src/i18n/use-translation';
import { outline, stepLoaders } from 'virtual:course';
import { describe, expect, it } from 'vitest';
import { fromPromise } from 'xstate';
import { loadProgress, providePlayer } from '../../src/app/compose';
import { Player, usePlayer, usePlayerRef } from '../../src/components/player-context';
import type { CourseOutline } from '../../src/content/model';
import { inlineToPlain } from '../../src/content/rich-text';
import type { BlockOf } from '../../src/content/schema';
import { QuizBlock } from '../../src/features/quiz/quiz-block';
import { initI18n } from '../../src/i18n/i18n';
import type { LmsSessionInput } from '../../src/machines/lms-session';
import type { LoadedProgress } from '../../src/machines/protocol';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import { startPlayer } from '../helpers/player-harness';

/**
 * Issue 12, item 2a: each learner sees practice quiz options in their own order, seeded by the
 * learner key the player loads with its progress, and the same order on every visit.
 */
// The first two steps' quizzes: enough questions of every kind, and a DOM jsdom renders quickly.
const firstSteps = Object.values(stepLoaders).slice(0, 2);
const quizzes: BlockOf<'quiz'>[] = (await Promise.all(firstSteps.map((load) => load()))).flatMap((m) =>
  Object.values(m.default.lessons)
    .flat()
    .filter((b): b is BlockOf<'quiz'> => (b as BlockOf<'quiz'>).type === 'quiz'),
);
/** The virtual module's declaration cannot import the model's types: name them here. */
const course: CourseOutline = outline;
const authored = new Map(quizzes.flatMap((b) => b.questions).map((q) => [q.id, q]));

let player: ReturnType<typeof usePlayerRef> | undefined;

/** Quizzes appear once progress (and with it the learner key) is loaded, as in a lesson. */
function Quizzes() {
  const ref = usePlayerRef();
  useEffect(() => {
    player = ref;
  }, [ref]);
  const ready = usePlayer((s) => s.matches('ready'));
  return ready ? quizzes.map((b) => <QuizBlock key={b.id} block={b} />) : null;
}

function renderQuizzes(learnerKey: string) {
  const machine = providePlayer(outline, new MemoryProgressStore()).provide({
    actors: {
      loadProgress: fromPromise<LoadedProgress, LmsSessionInput>(async () => ({
        facts: [],
        notices: [],
        learnerKey,
        keep: [],
      })),
    },
  });
  return render(
    <I18nProvider i18n={initI18n()}>
      <Player.Provider logic={machine} options={{ input: { outline } }}>
        <Quizzes />
      </Player.Provider>
    </I18nProvider>,
  );
}

/** Each question on screen, found by its prompt, with its option ids in the order shown. */
function questionsOnScreen(fieldsets: HTMLElement[]) {
  const byPrompt = new Map([...authored.values()].map((q) => [inlineToPlain(q.prompt), q]));
  return fieldsets.map((fieldset) => {
    const q = byPrompt.get(fieldset.querySelector('.question-prompt')!.textContent!)!;
    const inputs = [...fieldset.querySelectorAll('input')];
    return { q, fieldset, inputs, ids: inputs.map((i) => i.value) };
  });
}

async function shownOrders(learnerKey: string): Promise<Map<string, string[]>> {
  const view = renderQuizzes(learnerKey);
  const shown = questionsOnScreen(await screen.findAllByRole('group'));
  view.unmount();
  return new Map(shown.map(({ q, ids }) => [q.id, ids]));
}

describe('quiz options in a per-learner order', { timeout: 20_000 }, () => {
  it('shows every practice question with its options, true/false as « Vrai » then « Faux »', async () => {
    const orders = await shownOrders('learner-a');
    expect(orders.size).toBe(authored.size);
    for (const [id, ids] of orders) {
      const q = authored.get(id)!;
      if (q.kind === 'truefalse') expect(ids, id).toEqual(['true', 'false']);
      else expect([...ids].sort(), id).toEqual(q.options.map((o) => o.id).sort());
    }
  });

  it('gives the same learner the same order twice, and two learners different orders', async () => {
    const a1 = await shownOrders('learner-a');
    const a2 = await shownOrders('learner-a');
    const b = await shownOrders('learner-b');
    expect([...a2]).toEqual([...a1]);
    const differing = [...a1].filter(([id, ids]) => ids.join() !== b.get(id)!.join());
    expect(differing.length).toBeGreaterThan(0);
    // The right answer is not always where the author put it.
    const movedRight = [...a1].filter(([id, ids]) => {
      const q = authored.get(id)!;
      const first = q.options.findIndex((o) => o.correct);
      return q.kind === 'single' && ids.indexOf(q.options[first]!.id) !== first;
    });
    expect(movedRight.length).toBeGreaterThan(0);
  });

  it('still scores by option, whatever the order', async () => {
    const user = userEvent.setup();
    renderQuizzes('learner-b');
    const shown = questionsOnScreen(await screen.findAllByRole('group'));
    const { q, fieldset, inputs, ids } = shown.find((x) => x.q.kind === 'single')!;
    // Answers count in the question's own lesson: open it on the track that has every lesson.
    const lesson = course.steps.flatMap((st) => st.lessons).find((l) => l.questions.some((x) => x.id === q.id))!;
    act(() => {
      player!.send({ type: 'track.select', track: '12h' });
      player!.send({ type: 'nav.goTo', lessonId: lesson.id });
    });
    await user.click(inputs[ids.indexOf(q.options.find((o) => o.correct)!.id)]!);
    await user.click(within(fieldset).getByRole('button', { name: 'Valider' }));
    expect(within(fieldset).getByText('Bonne réponse')).toBeInTheDocument();
  });
});

describe('the learner key', () => {
  it('reaches the player context from the loaded progress', async () => {
    const p = startPlayer(outline, { learnerKey: 'moodle-42' });
    await p.settled();
    expect(p.snap().context.learnerKey).toBe('moodle-42');
  });

  it('is the LMS learner id inside an LMS, and « local » standalone', async () => {
    const store = new MemoryProgressStore();
    const session = { type: 'lms.opened' as const, learnerId: 'moodle-42', facts: [], notices: [] };
    expect((await loadProgress(outline, store, session, [])).learnerKey).toBe('moodle-42');
    expect((await loadProgress(outline, store, null, [])).learnerKey).toBe('local');
  });
});
