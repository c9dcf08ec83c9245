import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CourseOutline } from '../../src/content/model';
import { spine } from '../../src/content/spine';
import type { Fact } from '../../src/progress/facts';
import { MemoryProgressStore } from '../../src/services/progress/memory-store';
import { renderApp } from '../helpers/render-app';

/** A memory store that keeps every batch the journal writes, in order. */
class RecordingStore extends MemoryProgressStore {
  readonly batches: Fact[][] = [];
  override async put(courseId: string, version: string, facts: Fact[]) {
    this.batches.push(facts);
    return super.put(courseId, version, facts);
  }
}

beforeEach(() => {
  window.location.hash = '';
});

describe('the URL mirrors the machine', () => {
  it('turns one Back (popstate then hashchange, as browsers fire them) into one navigation', async () => {
    const user = userEvent.setup();
    const store = new RecordingStore();
    const { outline } = renderApp({ store });
    await user.click(await screen.findByRole('button', { name: /Commencer le parcours 2\sh/ }));
    await user.click(await screen.findByRole('button', { name: 'Suivant' }, { timeout: 10_000 }));
    const first = spine(outline as CourseOutline, '2h')[0]!;
    await screen.findByRole('button', { name: 'Précédent' });
    const before = store.batches.length;

    // What a browser does on Back between two hash entries: the URL changes, then both events.
    act(() => {
      history.replaceState(null, '', `#/lecon/${first.id}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await screen.findByRole('heading', { level: 1, name: first.title });
    await act(async () => {});

    const bookmarks = store.batches
      .slice(before)
      .flat()
      .filter((f) => f.kind === 'bookmark');
    expect(bookmarks.map((f) => f.kind === 'bookmark' && f.value)).toEqual([first.id]);
  }, 20_000);
});
