import type { TrackId } from '../../content/schema';
import type { Notice } from '../../machines/protocol';
import type { Fact } from '../../progress/facts';

/** The SCORM versions a package can speak: 1.2 and 2004 (4th edition). Declared here only. */
export const SCORM_VERSIONS = ['scorm12', 'scorm2004'] as const;
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/**
 * The LMS port. Standalone there is none; inside an LMS the SCORM adapter (loaded lazily, only
 * there) provides the player's `lms` actor, which owns the session from Initialize to Finish
 * (services/lms/scorm/session-actor.ts). The machine never sees `cmi.*`: it sends `LmsCommand`s
 * and hears `lms.opened`, `lms.status` and `lms.absent` (see machines/protocol.ts).
 */
export interface LmsMemory {
  /** What the LMS remembers of this learner (decoded suspend_data, status, location), as facts. */
  facts: Fact[];
  /** What reading it found worth telling (damaged data, course updated, review mode). */
  notices: Notice[];
}

/** Read from `<meta>` tags that the SCORM packager writes into each package's index.html. */
export interface LaunchConfig {
  lms: 'none' | ScormVersion;
  /** A package is bound to one track; standalone the learner chooses. */
  track: TrackId | null;
}
