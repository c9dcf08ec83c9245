import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import type { LmsMemory, ScormVersion } from '../port';
import { scorm12 } from './cmi12';
import { scorm2004 } from './cmi2004';
import { findApi } from './find-api';
import { readLmsMemory } from './resume';
import { ScormSession } from './session';
import type { SyncOptions } from './sync';
import type { BankLoader } from './assessment-report';

export interface ConnectOptions {
  kind: ScormVersion;
  outline: CourseOutline;
  /** The track the package is bound to (from its `at-track` meta tag). */
  track: TrackId | null;
  window: Window;
  /** The assessment's bank, to report submitted attempts as interactions (a lazy chunk). */
  loadBank?: BankLoader;
  /** For tests: the clock for session time, and the waits between retries. */
  now?: () => number;
  retryDelays?: readonly number[];
}

/** An initialized SCORM session: what the LMS remembers, and what the sync needs to go on. */
export interface OpenedScorm {
  kind: ScormVersion;
  resume: LmsMemory;
  /** `cmi.core.student_id` / `cmi.learner_id`; empty when the LMS gives none. */
  learnerId: string;
  sync: Omit<SyncOptions, 'report'>;
}

/**
 * One look for the API: finds it now, calls Initialize once and reads what the LMS remembers.
 * Returns null when there is no API (yet) or it refuses to initialize. The `lms` actor
 * (session-actor.ts) calls it, at launch and again while it waits for a late API. Loaded lazily,
 * only inside an LMS.
 */
export function openScorm(options: ConnectOptions): OpenedScorm | null {
  const dialect = options.kind === 'scorm12' ? scorm12 : scorm2004;
  const api = options.kind === 'scorm12' ? findApi(options.window, 'API') : findApi(options.window, 'API_1484_11');
  if (!api) return null;
  const session = new ScormSession(dialect.raw(api), dialect, options.now);
  if (!session.start()) return null;
  const memory = readLmsMemory(session, options.outline, options.track);
  return {
    kind: options.kind,
    resume: { facts: memory.facts, notices: memory.notices },
    learnerId: memory.learnerId ?? '',
    sync: {
      session,
      outline: options.outline,
      track: options.track,
      memory,
      ...(options.loadBank ? { loadBank: options.loadBank } : {}),
      ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
    },
  };
}
