import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { ScormVersion } from '../../scorm/preview/moodle-rules';
import { restoreLmsData, type FlatCmi, type LaunchOptions } from '../../scorm/preview/lms-data';
import { recordingApi, type RecordingApi } from '../../scorm/preview/recording-api';

export type { FlatCmi };

export interface FakeLms {
  version: ScormVersion;
  rec: RecordingApi;
  /** A stand-in for the LMS window the course looks in. */
  window: Window;
  /** The LMS data as scorm-again holds it (readable after Finish). */
  flat(): FlatCmi;
  value(element: string): string;
  /** The data as of the last successful Commit or Finish: what a server would have kept. */
  stored(): FlatCmi | undefined;
}

/**
 * scorm-again as the LMS, the way Moodle launches a SCO: fresh, or resuming saved data, with
 * `entry` = "resume" when the last session exited with "suspend" (Moodle's rule).
 */
export function fakeLms(version: ScormVersion, saved?: FlatCmi, opts: LaunchOptions = {}): FakeLms {
  const settings = { logLevel: 5 as const, autocommit: false };
  const lms = version === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
  // Moodle always names the learner (its user id); '' stands for an LMS that names nobody.
  restoreLmsData(lms, version, saved, { ...opts, learnerId: opts.learnerId ?? 'eleve-1' });
  const rec = recordingApi(version, lms);
  let stored: FlatCmi | undefined;
  rec.onStore = () => {
    stored = structuredClone(lms.getFlattenedCMI() as FlatCmi);
  };
  const name = version === 'scorm12' ? 'API' : 'API_1484_11';
  const win = { [name]: rec.api } as unknown as Window;
  return {
    version,
    rec,
    window: win,
    flat: () => lms.getFlattenedCMI() as FlatCmi,
    value: (element) => String((lms.getFlattenedCMI() as FlatCmi)[element] ?? ''),
    stored: () => stored,
  };
}

/** Ids of `cmi.objectives` and their status, in index order. */
export function objectives(flat: FlatCmi, version: ScormVersion): { id: string; status: string }[] {
  const out: { id: string; status: string }[] = [];
  const field = version === 'scorm12' ? 'status' : 'completion_status';
  for (let n = 0; typeof flat[`cmi.objectives.${n}.id`] === 'string'; n++)
    out.push({ id: String(flat[`cmi.objectives.${n}.id`]), status: String(flat[`cmi.objectives.${n}.${field}`]) });
  return out;
}

export function interactionCount(flat: FlatCmi): number {
  let n = 0;
  while (typeof flat[`cmi.interactions.${n}.id`] === 'string') n++;
  return n;
}
