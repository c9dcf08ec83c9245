import type { ScormVersion } from './moodle-rules';

export type FlatCmi = Record<string, unknown>;

/** The slice of scorm-again's LMS objects that saving and restoring needs. */
interface LmsObject {
  loadFromFlattenedJSON(json: FlatCmi): void;
  getFlattenedCMI(): FlatCmi;
  cmi: { core?: { entry: string; student_id: string }; entry?: string; learner_id?: string };
}

/**
 * Prepares a scorm-again LMS object for a launch, the way Moodle does: the data of the learner's
 * attempt, `entry` = "ab-initio" the first time, "resume" when the last session exited with
 * "suspend", "" otherwise. What belongs to one session (exit, session time) is not carried over.
 */
export function restoreLmsData(
  lms: unknown,
  version: ScormVersion,
  saved: FlatCmi | undefined,
  learnerId?: string,
): void {
  const o = lms as LmsObject;
  const exitKey = version === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit';
  let entry = 'ab-initio';
  if (saved && Object.keys(saved).length) {
    const rest: FlatCmi = {};
    for (const [k, v] of Object.entries(saved))
      if (k !== exitKey && !/session_time|total_time|\.entry$|^cmi\.entry$/.test(k)) rest[k] = v;
    o.loadFromFlattenedJSON(rest);
    entry = saved[exitKey] === 'suspend' ? 'resume' : '';
  }
  if (version === 'scorm12') {
    o.cmi.core!.entry = entry;
    if (learnerId) o.cmi.core!.student_id = learnerId;
  } else {
    o.cmi.entry = entry;
    if (learnerId) o.cmi.learner_id = learnerId;
  }
}
