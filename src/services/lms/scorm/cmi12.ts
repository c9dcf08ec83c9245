import { rawApi12, type Scorm12Api } from './api';
import { decimal, ratioOf, type CmiDialect, type Pairs } from './dialect';
import { scorm12Time, scorm12Timespan } from './time-format';

/**
 * SCORM 1.2 names and formats. Only 1.2 elements appear here (Moodle's 1.2 player refuses 2004
 * ones). Interactions are write-only in 1.2, so they are a journal, one record per try, and
 * what the course reads back is suspend_data. Each record's id is the question's id, with
 * ".2", ".3"… for later tries, so no LMS sees an id twice and a report stays readable.
 */
const code = (kind: string, id: string) => (kind === 'truefalse' ? (id === 'true' ? 't' : 'f') : id);

/**
 * SCORM 1.2 interaction types (RTE 3.4.2.8.4). Responses: option ids separated by commas
 * (choice), item ids in order (sequencing), « pair.target » couples (matching).
 */
const TYPE_12 = {
  single: 'choice',
  multiple: 'choice',
  truefalse: 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
} as const;

/** CMIFeedback in Moodle's 1.2 data model is a CMIString256. */
const FEEDBACK_MAX = 255;

export const scorm12: CmiDialect = {
  kind: 'scorm12',
  apiName: 'API',
  raw: (api) => rawApi12(api as Scorm12Api),
  suspendLimit: 4096,
  dataErrors: new Set(['201', '401', '402', '403', '404', '405']),
  read: {
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    learnerId: 'cmi.core.student_id',
    learnerName: 'cmi.core.student_name',
    objectiveCount: 'cmi.objectives._count',
    objectiveId: (n) => `cmi.objectives.${n}.id`,
    interactionCount: 'cmi.interactions._count',
    mode: 'cmi.core.lesson_mode',
  },
  readStatus(get) {
    const status = get('cmi.core.lesson_status');
    return {
      // « failed » is not done: the learner may retake the assessment, so the attempt must resume.
      completed: status === 'completed' || status === 'passed',
      success: status === 'passed' || status === 'failed' ? status : null,
      score: ratioOf(get('cmi.core.score.raw'), 100),
    };
  },
  location: (lessonId) => [['cmi.core.lesson_location', lessonId]],
  // One status in 1.2: passed or failed as soon as the assessment is attempted (the rule).
  progress: (_done, _total, success) => [['cmi.core.lesson_status', success ?? 'incomplete']],
  complete: (success) => [['cmi.core.lesson_status', success ?? 'completed']],
  score: (ratio) => [
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', decimal(ratio * 100, 2)],
  ],
  objective: (n, o) => [
    [`cmi.objectives.${n}.id`, o.id],
    [`cmi.objectives.${n}.status`, o.status],
  ],
  responseCode: code,
  interaction(n, ix) {
    const p = `cmi.interactions.${n}`;
    const pairs: Pairs = [
      [`${p}.id`, ix.attempt > 1 ? `${ix.id}.${ix.attempt}` : ix.id],
      [`${p}.objectives.0.id`, ix.objectiveId],
      [`${p}.time`, scorm12Time(ix.at)],
      [`${p}.type`, TYPE_12[ix.kind]],
      [`${p}.correct_responses.0.pattern`, ix.correct.map((id) => code(ix.kind, id)).join(',')],
      [`${p}.weighting`, '1'],
    ];
    const response = ix.choice.map((id) => code(ix.kind, id)).join(',');
    if (response.length <= FEEDBACK_MAX) pairs.push([`${p}.student_response`, response]);
    pairs.push([`${p}.result`, ix.result ? 'correct' : 'wrong']);
    if (ix.latency !== undefined) pairs.push([`${p}.latency`, scorm12Timespan(ix.latency * 1000)]);
    return pairs.filter(([, v]) => v.length <= FEEDBACK_MAX);
  },
  // Never called: a 1.2 journal only grows (see interaction above).
  interactionUpdate: () => [],
  suspend: (data) => [['cmi.suspend_data', data]],
  exit: (complete) => [['cmi.core.exit', complete ? '' : 'suspend']],
  sessionTime: (ms) => [['cmi.core.session_time', scorm12Timespan(ms)]],
  leave: () => [],
};
