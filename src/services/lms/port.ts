import type { AnyActorLogic } from 'xstate';
import type { Notice } from '../../machines/protocol';
import type { Fact } from '../../progress/facts';

/**
 * The LMS port. Standalone, there is no connection at all; inside an LMS the SCORM adapter
 * (loaded lazily, only there) opens one. The machine never sees `cmi.*`: it talks to `actor`
 * with `LmsCommand`s and hears back `lms.status` reports.
 */
export interface LmsConnection {
  kind: 'scorm12' | 'scorm2004';
  /** What the LMS remembers of this learner (decoded suspend_data, status, location), as facts. */
  resume: { facts: Fact[]; notices: Notice[] };
  /** Learner id from the LMS, when it gives one. */
  learnerId?: string;
  /** A callback actor logic receiving `LmsCommand`s (see machines/protocol.ts). */
  actor: AnyActorLogic;
}

/** Read from `<meta>` tags that the SCORM packager writes into each package's index.html. */
export interface LaunchConfig {
  lms: 'none' | 'scorm12' | 'scorm2004';
  /** A package is bound to one track; standalone the learner chooses. */
  track: '2h' | '4h' | '12h' | null;
}
