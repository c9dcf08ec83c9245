import { fromPromise, type AnyActorLogic } from 'xstate';
import type { CourseOutline } from '../content/model';
import type { LmsSessionInput } from '../machines/lms-session';
import type { LoadedProgress, Notice } from '../machines/protocol';
import { assessmentMachine } from '../machines/assessment.machine';
import { createPlayerMachine } from '../machines/player.machine';
import { loadCourseBank, type BankLoader } from '../features/assessment/bank-loader';
import { getUpdateState } from '../features/update/update-state';
import { applyFacts, type Fact } from '../progress/facts';
import { unknownIds } from '../progress/selectors';
import type { LaunchConfig } from '../services/lms/port';
import type { ConnectOptions } from '../services/lms/scorm/connect';
import { DB_NAME, learnerDbName } from '../services/progress/db-name';
import { LazyIndexedDbStore } from '../services/progress/lazy-store';
import { journalActor, type LearnerJournal } from '../services/progress/journal';
import { MemoryProgressStore } from '../services/progress/memory-store';
import { PendingLearnerStore } from '../services/progress/pending-store';
import type { ProgressStore } from '../services/progress/port';

/**
 * The composition root: the one place that picks concrete adapters (IndexedDB or memory,
 * SCORM or nothing) and hands them to the pure machine as named actors.
 */
export interface Composition {
  machine: ReturnType<typeof providePlayer>;
  /** The journal's store (inside an LMS: the one bound to the learner the LMS names). */
  store: ProgressStore;
}

/** What the composition reads from its surroundings; tests pass a fake LMS window and memory stores. */
export interface Surroundings {
  window: Window;
  /** Opens a learner's journal by database name; throws when IndexedDB cannot be used. */
  openStore: (name: string) => Promise<ProgressStore>;
  /** The assessment's bank (default: this build's chunk); tests of a fixture course give theirs. */
  loadBank?: BankLoader;
  /** The clock (ms since epoch) of the player and the LMS session: Date.now, or a test's own. */
  now?: () => number;
  scorm?: Pick<ConnectOptions, 'retryDelays'> & { lateApiDelays?: readonly number[] };
}

const browser = (): Surroundings => ({ window, openStore: (name) => LazyIndexedDbStore.open(name) });

/**
 * Standalone, the journal is this browser profile's (one learner per profile). Inside an LMS it
 * is the LMS learner's own database (issue 8, item 2: two pupils on one school computer never
 * see or send each other's work): the `lms` actor opens the session and says who the learner is
 * (services/lms/scorm/session-actor.ts), and the journal binds to that learner's store then.
 */
export async function compose(
  outline: CourseOutline,
  launch: LaunchConfig,
  env: Surroundings = browser(),
): Promise<Composition> {
  const now = env.now ?? Date.now;
  const loadBank = env.loadBank ?? loadCourseBank;
  if (launch.lms === 'none') {
    const startup: Notice[] = [];
    const store = await openOrMemory(env, DB_NAME, startup);
    return { machine: providePlayer(outline, store, { startup, loadBank, now }), store };
  }
  const scorm = await import('../services/lms/scorm/connect');
  const { lmsSessionActor } = await import('../services/lms/scorm/session-actor');
  const options: ConnectOptions = {
    kind: launch.lms,
    outline,
    track: launch.track,
    window: env.window,
    loadBank,
    now,
    ...env.scorm,
  };
  // One SCORM session per page (Initialize once, RTE 3.1.3.1): a player actor started again in
  // this page (React may remount its provider) takes up the session already open.
  let session: ReturnType<typeof scorm.openScorm> = null;
  const attempt = () => {
    try {
      return (session ??= scorm.openScorm(options));
    } catch (e) {
      console.error('LMS connection failed', e);
      return null;
    }
  };
  const store = new PendingLearnerStore();
  // The page's one session names one learner: a restarted journal is given the same binding.
  let binding: Promise<Notice[]> | null = null;
  const learner: LearnerJournal = {
    bind: (learnerId) => (binding ??= bindLearner(learnerId)),
  };
  const bindLearner = async (learnerId: string | null): Promise<Notice[]> => {
    if (learnerId === null) {
      store.fail();
      return [];
    }
    const notices: Notice[] = [];
    // An LMS that names no learner gets no local journal: it could belong to anyone.
    store.bind(learnerId ? await openOrMemory(env, learnerDbName(learnerId), notices) : memoryStore(notices));
    return notices;
  };
  const lms = lmsSessionActor({ attempt, ...(env.scorm?.lateApiDelays ? { delays: env.scorm.lateApiDelays } : {}) });
  return { machine: providePlayer(outline, store, { lms, learner, loadBank, now }), store };
}

async function openOrMemory(env: Surroundings, name: string, notices: Notice[]): Promise<ProgressStore> {
  try {
    return await env.openStore(name);
  } catch {
    return memoryStore(notices);
  }
}

function memoryStore(notices: Notice[]): ProgressStore {
  notices.push('storage-unavailable');
  return new MemoryProgressStore();
}

/** The adapters the player gets besides its store; each has a standalone default. */
export interface PlayerAdapters {
  /** The `lms` actor (session-actor.ts); none standalone. */
  lms?: AnyActorLogic;
  /** Inside an LMS: binds the journal to the learner the LMS names. */
  learner?: LearnerJournal;
  /** Notices raised while composing (IndexedDB unusable). */
  startup?: Notice[];
  /** Fetches the assessment's bank when scoring needs it. */
  loadBank?: BankLoader;
  /** The clock the machine stamps facts and time spent with (ms since epoch). */
  now?: () => number;
}

/** The machine with its real actors. */
export function providePlayer(outline: CourseOutline, store: ProgressStore, adapters: PlayerAdapters = {}) {
  const { startup = [], loadBank = loadCourseBank, now = Date.now } = adapters;
  return createPlayerMachine(now).provide({
    actions: { applyUpdate: () => getUpdateState().apply?.() },
    actors: {
      loadProgress: fromPromise<LoadedProgress, LmsSessionInput>(({ input }) =>
        loadProgress(outline, store, adapters.lms ? (input.session ?? 'pending') : null, startup),
      ),
      journal: journalActor(store, outline.version, adapters.learner),
      ...(adapters.lms ? { lms: adapters.lms as never } : {}),
      assessment: assessmentMachine.provide({ actors: { loadBank: fromPromise(() => loadBank()) } }),
    },
  });
}

/**
 * Local journal and LMS memory merged fact by fact, so whichever is ahead wins. `session`: the
 * LMS session opened at launch (its learner's store is bound by then), `'pending'` while a late
 * API is awaited (nothing of an unnamed learner is read), null standalone. What only the LMS knew
 * is returned in `keep`, for the journal to write to the device (so a storage fault there is told).
 */
export async function loadProgress(
  outline: CourseOutline,
  store: ProgressStore,
  session: LmsSessionInput['session'] | 'pending' | null,
  startup: Notice[],
): Promise<LoadedProgress> {
  const notices = [...startup];
  let local: { facts: Fact[]; corrupt: number } = { facts: [], corrupt: 0 };
  if (session !== 'pending') {
    try {
      local = await store.load(outline.id);
    } catch (e) {
      console.error('progress could not be read', e);
      notices.push('storage-unavailable');
    }
  }
  if (local.corrupt) notices.push('storage-corrupt');
  const remote = session && session !== 'pending' ? session : null;
  notices.push(...(remote?.notices ?? []));
  const progress = applyFacts(applyFacts({}, local.facts), remote?.facts ?? []);
  const vanished = unknownIds(outline, progress);
  if (vanished.length) {
    console.warn(`Progress refers to ids this course version no longer has (ignored): ${vanished.join(', ')}`);
    notices.push('course-updated');
  }
  // The LMS learner id; standalone (and while a late LMS API is awaited) every learner of this
  // browser shares 'local' for now: a per-profile key is planned.
  const learnerKey = remote?.learnerId || 'local';
  return { facts: Object.values(progress), notices: [...new Set(notices)], learnerKey, keep: remote?.facts ?? [] };
}
