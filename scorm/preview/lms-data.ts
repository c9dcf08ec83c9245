import type { ScormVersion } from './moodle-rules';

export type FlatCmi = Record<string, unknown>;

/** The slice of scorm-again's LMS objects that saving and restoring needs. */
interface LmsObject {
  loadFromFlattenedJSON(json: FlatCmi): void;
  getFlattenedCMI(): FlatCmi;
  cmi: {
    core?: { entry: string; student_id: string; student_name?: string; lesson_mode: string };
    entry?: string;
    learner_id?: string;
    learner_name?: string;
    mode?: string;
  };
}

/** How the LMS launches the SCO, beyond the learner's saved data. */
export interface LaunchOptions {
  learnerId?: string;
  /** `cmi.core.student_name` / `cmi.learner_name`, as Moodle gives it: « Nom, Prénom ». */
  learnerName?: string;
  /** `cmi.core.lesson_mode` / `cmi.mode`: Moodle opens a completed attempt in "review". */
  mode?: 'normal' | 'review' | 'browse';
  /**
   * SCORM 2004's rule, which some LMSs apply to 1.2 too: a session that did not end with
   * exit = "suspend" ends the attempt, and the next launch begins a new attempt with no data.
   * Moodle keeps the data instead (the default here).
   */
  strict?: boolean;
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
  options: LaunchOptions = {},
): void {
  const o = lms as LmsObject;
  const { learnerId, learnerName, mode } = options;
  const exitKey = version === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit';
  let entry = 'ab-initio';
  const suspended = saved?.[exitKey] === 'suspend';
  if (saved && Object.keys(saved).length && (suspended || !options.strict)) {
    const rest: FlatCmi = {};
    for (const [k, v] of Object.entries(saved))
      if (k !== exitKey && !/session_time|total_time|\.entry$|^cmi\.entry$|lesson_mode$|^cmi\.mode$/.test(k))
        rest[k] = v;
    o.loadFromFlattenedJSON(rest);
    entry = suspended ? 'resume' : '';
  }
  if (version === 'scorm12') {
    o.cmi.core!.entry = entry;
    if (learnerId) o.cmi.core!.student_id = learnerId;
    if (learnerName) o.cmi.core!.student_name = learnerName;
    if (mode) o.cmi.core!.lesson_mode = mode;
  } else {
    o.cmi.entry = entry;
    if (learnerId) o.cmi.learner_id = learnerId;
    if (learnerName) o.cmi.learner_name = learnerName;
    if (mode) o.cmi.mode = mode;
  }
}
