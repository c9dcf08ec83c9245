import { fromCallback, fromPromise } from 'xstate';
import type { CourseOutline } from '../content/model';
import type { LmsCommand, LoadedProgress, Notice } from '../machines/protocol';
import { assessmentMachine } from '../machines/assessment.machine';
import { createPlayerMachine } from '../machines/player.machine';
import { loadCourseBank, type BankLoader } from '../features/assessment/bank-loader';
import { getUpdateState } from '../features/update/update-state';
import { applyFacts, type Fact } from '../progress/facts';
import { unknownIds } from '../progress/selectors';
import type { LaunchConfig, LmsConnection } from '../services/lms/port';
import type { ConnectOptions } from '../services/lms/scorm/connect';
import { DB_NAME, learnerDbName } from '../services/progress/db-name';
import { LazyIndexedDbStore } from '../services/progress/lazy-store';
import { journalActor } from '../services/progress/journal';
import { MemoryProgressStore } from '../services/progress/memory-store';
import { PendingLearnerStore } from '../services/progress/pending-store';
import type { ProgressStore } from '../services/progress/port';

/**
 * The composition root: the one place that picks concrete adapters (IndexedDB or memory,
 * SCORM or nothing) and hands them to the pure machine as named actors.
 */
export interface Composition {
  machine: ReturnType<typeof providePlayer>;
  store: ProgressStore;
  /** The LMS session opened at launch (null standalone, or while a late API is awaited). */
  lms: { learnerId: string; resume: LmsConnection['resume'] } | null;
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
 * see or send each other's work), so the LMS session opens first, to learn who the learner is.
 * When the API is not there yet, the learner starts at once and the LMS actor keeps looking.
 */
export async function compose(
  outline: CourseOutline,
  launch: LaunchConfig,
  env: Surroundings = browser(),
): Promise<Composition> {
  const startup: Notice[] = [];
  if (launch.lms === 'none') {
    const store = await openOrMemory(env, DB_NAME, startup);
    return { machine: providePlayer(outline, store, null, startup, env.loadBank, env.now), store, lms: null };
  }
  const scorm = await import('../services/lms/scorm/connect');
  const { lateLmsActor } = await import('../services/lms/scorm/late-connect');
  const options: ConnectOptions = {
    kind: launch.lms,
    outline,
    track: launch.track,
    window: env.window,
    loadBank: env.loadBank ?? loadCourseBank,
    ...(env.now ? { now: env.now } : {}),
    ...env.scorm,
  };
  const attempt = () => {
    try {
      return scorm.openScorm(options);
    } catch (e) {
      console.error('LMS connection failed', e);
      return null;
    }
  };
  const learnerStore = (learnerId: string, notices: Notice[]) =>
    // An LMS that names no learner gets no local journal: it could belong to anyone.
    learnerId ? openOrMemory(env, learnerDbName(learnerId), notices) : memoryStore(notices);

  const opened = attempt();
  if (opened) {
    const store = await learnerStore(opened.learnerId, startup);
    const lms: PlayerLms = { resume: opened.resume, actor: scorm.lmsActor(opened.sync), learnerId: opened.learnerId };
    return {
      machine: providePlayer(outline, store, lms, startup, env.loadBank, env.now),
      store,
      lms: { learnerId: opened.learnerId, resume: opened.resume },
    };
  }
  const pending = new PendingLearnerStore();
  const actor = lateLmsActor({
    attempt,
    ...(env.scorm?.lateApiDelays ? { delays: env.scorm.lateApiDelays } : {}),
    onOpen: async (late) => {
      const store = await learnerStore(late.learnerId, []);
      pending.bind(store);
      const local = await store.load(outline.id).catch(() => ({ facts: [] as Fact[] }));
      return [...local.facts, ...late.resume.facts];
    },
    onGiveUp: () => pending.fail(),
  });
  return {
    machine: providePlayer(
      outline,
      pending,
      { resume: { facts: [], notices: [] }, actor },
      startup,
      env.loadBank,
      env.now,
    ),
    store: pending,
    lms: null,
  };
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

/** What the player needs of an LMS session: its memory, its actor, and who the learner is. */
export type PlayerLms = Pick<LmsConnection, 'resume' | 'actor' | 'learnerId'>;

/**
 * The machine with its real actors; `loadBank` fetches the assessment's bank when scoring needs
 * it; `now` is the clock the machine stamps facts and time spent with (ms since epoch).
 */
export function providePlayer(
  outline: CourseOutline,
  store: ProgressStore,
  lms: PlayerLms | null,
  startup: Notice[] = [],
  loadBank: BankLoader = loadCourseBank,
  now: () => number = Date.now,
) {
  return createPlayerMachine(now).provide({
    actions: { applyUpdate: () => getUpdateState().apply?.() },
    actors: {
      loadProgress: fromPromise<LoadedProgress, { courseId: string }>(() => loadProgress(outline, store, lms, startup)),
      journal: journalActor(store, outline.version, lms?.resume.facts ?? []),
      lms: (lms?.actor as never) ?? fromCallback<LmsCommand, { courseId: string }>(() => () => {}),
      assessment: assessmentMachine.provide({ actors: { loadBank: fromPromise(() => loadBank()) } }),
    },
  });
}

/**
 * Local journal and LMS memory merged fact by fact, so whichever is ahead wins. What only the
 * LMS knew is written to the device by the journal actor when it starts (providePlayer), so a
 * storage fault there is reported like any other.
 */
export async function loadProgress(
  outline: CourseOutline,
  store: ProgressStore,
  lms: Pick<LmsConnection, 'resume' | 'learnerId'> | null,
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
  const vanished = unknownIds(outline, progress);
  if (vanished.length) {
    console.warn(`Progress refers to ids this course version no longer has (ignored): ${vanished.join(', ')}`);
    notices.push('course-updated');
  }
  // The LMS learner id; standalone (and while a late LMS API is awaited) every learner of this
  // browser shares 'local' for now: a per-profile key is planned.
  const learnerKey = lms?.learnerId || 'local';
  return { facts: Object.values(progress), notices: [...new Set(notices)], learnerKey };
}
