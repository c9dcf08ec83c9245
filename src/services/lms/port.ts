import type { AnyActorLogic } from 'xstate';
import type { TrackId } from '../../content/schema';
import type { Notice } from '../../machines/protocol';
import type { Fact } from '../../progress/facts';

/** The SCORM versions a package can speak: 1.2 and 2004 (4th edition). Declared here only. */
export const SCORM_VERSIONS = ['scorm12', 'scorm2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/**
 * The LMS port. Standalone, there is no connection at all; inside an LMS the SCORM adapter
 * (loaded lazily, only there) opens one. The machine never sees `cmi.*`: it talks to `actor`
 * with `LmsCommand`s and hears back `lms.status` reports.
 */
export interface LmsConnection {
  kind: ScormVersion;
  /** What the LMS remembers of this learner (decoded suspend_data, status, location), as facts. */
  resume: { facts: Fact[]; notices: Notice[] };
  /** Learner id from the LMS, when it gives one. */
  learnerId?: string;
  /** A callback actor logic receiving `LmsCommand`s (see machines/protocol.ts). */
  actor: AnyActorLogic;
}

/** Read from `<meta>` tags that the SCORM packager writes into each package's index.html. */
export interface LaunchConfig {
  lms: 'none' | ScormVersion;
  /** A package is bound to one track; standalone the learner chooses. */
  track: TrackId | null;
}
