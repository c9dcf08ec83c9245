import { fromCallback, fromPromise } from 'xstate';
import type { CourseOutline } from '../content/model';
import type { LmsCommand, LoadedProgress, Notice } from '../machines/protocol';
import { playerMachine } from '../machines/player.machine';
import { applyFacts, type Fact } from '../progress/facts';
import { unknownIds } from '../progress/summary';
import type { LaunchConfig, LmsConnection } from '../services/lms/port';
import { LazyIndexedDbStore } from '../services/progress/lazy-store';
import { journalActor } from '../services/progress/journal';
import { MemoryProgressStore } from '../services/progress/memory-store';
import type { ProgressStore } from '../services/progress/port';

/**
 * The composition root: the one place that picks concrete adapters (IndexedDB or memory,
 * SCORM or nothing) and hands them to the pure machine as named actors.
 */
export interface Composition {
  machine: ReturnType<typeof providePlayer>;
  store: ProgressStore;
  lms: LmsConnection | null;
}

export async function compose(outline: CourseOutline, launch: LaunchConfig): Promise<Composition> {
  const startup: Notice[] = [];
  let store: ProgressStore;
  try {
    store = await LazyIndexedDbStore.open();
  } catch {
    store = new MemoryProgressStore();
    startup.push('storage-unavailable');
  }
  let lms: LmsConnection | null = null;
  if (launch.lms !== 'none') {
    try {
      const { connectScorm } = await import('../services/lms/scorm/connect');
      lms = await connectScorm({ kind: launch.lms, outline, track: launch.track, window });
    } catch (e) {
      console.error('LMS connection failed', e);
    }
    if (!lms) startup.push('lms-missing');
  }
  return { machine: providePlayer(outline, store, lms, startup), store, lms };
}

export function providePlayer(
  outline: CourseOutline,
  store: ProgressStore,
  lms: LmsConnection | null,
  startup: Notice[] = [],
) {
  return playerMachine.provide({
    actors: {
      loadProgress: fromPromise<LoadedProgress, { courseId: string }>(() => loadProgress(outline, store, lms, startup)),
      journal: journalActor(store, outline.version),
      lms: (lms?.actor as never) ?? fromCallback<LmsCommand, { courseId: string }>(() => () => {}),
    },
  });
}

/**
 * Local journal and LMS memory merged fact by fact, so whichever is ahead wins. What only the
 * LMS knew is written back to the journal at once, so the device holds the full picture.
 */
export async function loadProgress(
  outline: CourseOutline,
  store: ProgressStore,
  lms: LmsConnection | null,
  startup: Notice[],
): Promise<LoadedProgress> {
  const notices = [...startup];
  let local: { facts: Fact[]; corrupt: number } = { facts: [], corrupt: 0 };
  try {
    local = await store.load(outline.id);
  } catch (e) {
    console.error('progress could not be read', e);
    notices.push('storage-unavailable');
  }
  if (local.corrupt) notices.push('storage-corrupt');
  const remote = lms?.resume.facts ?? [];
  notices.push(...(lms?.resume.notices ?? []));
  const progress = applyFacts(applyFacts({}, local.facts), remote);
  if (remote.length) store.put(outline.id, outline.version, remote).catch(() => {});
  const vanished = unknownIds(outline, progress);
  if (vanished.length) {
    console.warn(`Progress refers to ids this course version no longer has (ignored): ${vanished.join(', ')}`);
    notices.push('course-updated');
  }
  // For now every standalone learner of a browser shares 'local'; a per-profile key is planned.
  const learnerKey = lms?.learnerId || 'local';
  return { facts: Object.values(progress), notices: [...new Set(notices)], learnerKey };
}
