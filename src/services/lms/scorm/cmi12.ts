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
      completed: status === 'completed' || status === 'passed' || status === 'failed',
      success: status === 'passed' || status === 'failed' ? status : null,
      score: ratioOf(get('cmi.core.score.raw'), 100),
    };
  },
  location: (lessonId) => [['cmi.core.lesson_location', lessonId]],
  progress: () => [['cmi.core.lesson_status', 'incomplete']],
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
    const isTf = ix.kind === 'truefalse';
    const pairs: Pairs = [
      [`${p}.id`, ix.attempt > 1 ? `${ix.id}.${ix.attempt}` : ix.id],
      [`${p}.objectives.0.id`, ix.objectiveId],
      [`${p}.time`, scorm12Time(ix.at)],
      [`${p}.type`, isTf ? 'true-false' : 'choice'],
      [`${p}.correct_responses.0.pattern`, ix.correct.map((id) => code(ix.kind, id)).join(',')],
      [`${p}.weighting`, '1'],
    ];
    const response = ix.choice.map((id) => code(ix.kind, id)).join(',');
    if (response.length <= FEEDBACK_MAX) pairs.push([`${p}.student_response`, response]);
    pairs.push([`${p}.result`, ix.result ? 'correct' : 'wrong']);
    return pairs.filter(([, v]) => v.length <= FEEDBACK_MAX);
  },
  // Never called: a 1.2 journal only grows (see interaction above).
  interactionUpdate: () => [],
  suspend: (data) => [['cmi.suspend_data', data]],
  exit: (complete) => [['cmi.core.exit', complete ? '' : 'suspend']],
  sessionTime: (ms) => [['cmi.core.session_time', scorm12Timespan(ms)]],
  leave: () => [],
};
