import type { CourseOutline } from '../../../content/model';
import type { TrackId } from '../../../content/schema';
import type { LmsConnection } from '../port';
import { lmsActor } from './actor';
import { scorm12 } from './cmi12';
import { scorm2004 } from './cmi2004';
import { findApi } from './find-api';
import { readLmsMemory } from './resume';
import { ScormSession } from './session';

export interface ConnectOptions {
  kind: 'scorm12' | 'scorm2004';
  outline: CourseOutline;
  /** The track the package is bound to (from its `at-track` meta tag). */
  track: TrackId | null;
  window: Window;
  /** For tests: the clock for session time, and the waits between retries. */
  now?: () => number;
  retryDelays?: readonly number[];
}

/**
 * Opens the SCORM session, loaded lazily by the composition root only inside an LMS. Finds the
 * API, calls Initialize once, and reads what the LMS remembers. Resolves to null when there is
 * no API or it refuses to initialize: the course then runs on its local journal alone.
 */
export async function connectScorm(options: ConnectOptions): Promise<LmsConnection | null> {
  const dialect = options.kind === 'scorm12' ? scorm12 : scorm2004;
  const api = options.kind === 'scorm12' ? findApi(options.window, 'API') : findApi(options.window, 'API_1484_11');
  if (!api) return null;
  const session = new ScormSession(dialect.raw(api), dialect, options.now);
  if (!session.start()) return null;
  const memory = readLmsMemory(session, options.outline, options.track);
  const actor = lmsActor({
    session,
    outline: options.outline,
    track: options.track,
    memory,
    ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
  });
  return {
    kind: options.kind,
    resume: { facts: memory.facts, notices: memory.notices },
    ...(memory.learnerId ? { learnerId: memory.learnerId } : {}),
    actor,
  };
}
