import type { QuestionOutline } from '../../../content/model';
import type { ScormVersion } from '../port';
import type { RawApi } from './api';

/** What one SCORM version calls things: pairs of cmi element and value, in the order to write them. */
export type Pairs = [element: string, value: string][];

export type Success = 'passed' | 'failed';

export interface StepObjective {
  id: string;
  title: string;
  status: 'not attempted' | 'incomplete' | 'completed';
  done: number;
  total: number;
}

export interface InteractionRecord {
  /** The question's authored id (an assessment answer: « assessment.attempt.question »). */
  id: string;
  /** Which try of the question this answer is (1 for the first). */
  attempt: number;
  /** Practice kinds, plus the assessment's ordering (SCORM sequencing) and matching. */
  kind: QuestionOutline['kind'] | 'ordering' | 'matching';
  /** The step the question belongs to: its objective id. */
  objectiveId: string;
  at: number;
  /**
   * The learner's response and the right one, as ids: chosen options; items in order
   * (ordering); « pair.target » couples (matching).
   */
  choice: string[];
  correct: string[];
  result: boolean;
  prompt: string;
  /** Seconds the learner took to answer (assessment answers): `latency`. */
  latency?: number;
}

/** The LMS's view of the attempt, as read at launch. */
export interface LmsStatusRead {
  /** Done for the LMS: completed (or passed), and not failed; a failed learner may still retake. */
  completed: boolean;
  success: Success | null;
  /** The score already recorded, as a ratio, or null. */
  score: number | null;
}

/** A recorded score as a ratio in [0, 1], or null when absent or not a number. */
export function ratioOf(value: string, scale: number): number | null {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  const r = Number(value) / scale;
  return r >= 0 && r <= 1 ? r : null;
}

export interface CmiDialect {
  kind: ScormVersion;
  apiName: 'API' | 'API_1484_11';
  raw(api: unknown): RawApi;
  /** The most characters `suspend_data` may hold. */
  suspendLimit: number;
  /** Error codes meaning "this value was refused" (a bug to log), not "the LMS is failing". */
  dataErrors: ReadonlySet<string>;
  read: {
    entry: string;
    location: string;
    suspendData: string;
    learnerId: string;
    /** « Nom, Prénom » (SCORM 1.2 RTE 3.4.2.1.3, 2004 RTE 4.2.11): the attestation's name. */
    learnerName: string;
    objectiveCount: string;
    objectiveId(n: number): string;
    interactionCount: string;
    /** Where an interaction's id can be read back; absent when the version keeps it write-only (1.2). */
    interactionId?: (n: number) => string;
    /** The launch mode: "normal", "review" or "browse". */
    mode: string;
  };
  readStatus(get: (element: string) => string): LmsStatusRead;
  location(lessonId: string): Pairs;
  /** Lessons still left; `success` once the assessment was attempted (1.2: it is the status). */
  progress(done: number, total: number, success: Success | null): Pairs;
  /** Every lesson done; `success` from the assessment, if the track has one. */
  complete(success: Success | null): Pairs;
  score(ratio: number): Pairs;
  objective(n: number, o: StepObjective): Pairs;
  /**
   * How an option appears in this version's responses and correct patterns (1.2: t / f for a
   * true-false, the option id otherwise; 2004: short identifiers). scorm/interactions-legend.ts
   * maps these codes back to the options for teachers.
   */
  responseCode(kind: InteractionRecord['kind'], optionId: string): string;
  /** A new interaction record at index `n`, its id first. */
  interaction(n: number, ix: InteractionRecord): Pairs;
  /** A newer answer written into the record at `n`: only what a strict LMS lets change. */
  interactionUpdate(n: number, ix: InteractionRecord): Pairs;
  suspend(data: string): Pairs;
  /** `exit` as the session should end: "suspend" while the track is incomplete. */
  exit(complete: boolean): Pairs;
  sessionTime(ms: number): Pairs;
  /** What the SCO asks the LMS when the learner chooses to leave (none in 1.2). */
  leave(complete: boolean): Pairs;
}

/** A decimal without exponent and with at most `digits` decimals, as both data models want. */
export function decimal(x: number, digits: number): string {
  return String(Number(x.toFixed(digits)));
}

/** Free text for a CMI string field: one line, at most `max` characters. */
export function oneLine(text: string, max: number): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}
